// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A loopback HTTP endpoint for tests that misbehaves on purpose: it hangs,
// drip-feeds, answers any status or garbage, streams huge bodies, redirects
// elsewhere or drops the connection, per path or for every request, and
// records what it received. Failures a real server will not produce on demand.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <chrono>
#include <utility>

class QTcpSocket;

namespace keyward::test {

/// One request as the server read it.
struct ReceivedRequest
{
    QByteArray method;
    /// The request target as sent: path and query ("/users/info?x=1").
    QByteArray target;
    /// Header lines in the order received, names as sent.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// The path without the query.
    QByteArray path() const;
    bool hasHeader(const QByteArray &name) const;
    /// The first value of \p name (case-insensitive), empty when absent.
    QByteArray header(const QByteArray &name) const;
};

/// What the server does with a request. Build one with the static functions.
struct Behaviour
{
    enum class Kind
    {
        Respond,          ///< a complete response (status, invalidJson, wrongTypes, redirectTo)
        Hang,             ///< read the request, never answer, keep the connection open
        DripFeed,         ///< a complete response, one byte every interval
        Huge,             ///< 200 JSON whose body is hugeBytes long, streamed
        CloseImmediately, ///< close the connection once the request is read
    };

    Kind kind = Kind::Respond;
    int statusCode = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;
    std::chrono::milliseconds interval{0};
    qint64 hugeBytes = 0;
    /// Huge: send Content-Length up front (false: the body just keeps coming
    /// until the connection closes, so the client must count).
    bool announceLength = true;
    /// DripFeed: whether the head is dripped too.
    bool dripHead = true;

    static Behaviour hang();
    /// \p status with \p body of \p contentType (e.g. 401 problem+json, an HTML 500 page).
    static Behaviour status(int status, const QByteArray &contentType, const QByteArray &body,
                            QList<std::pair<QByteArray, QByteArray>> extraHeaders = {});
    /// 200 application/json with a body that is not JSON.
    /// Without \p body: a JSON object cut off in the middle of a key.
    static Behaviour invalidJson(const QByteArray &body = {});
    /// 200 application/json with \p json, well-formed but with wrong field types.
    static Behaviour wrongTypes(const QByteArray &json);
    /// 200 application/json with \p json, each byte sent \p interval after
    /// the previous one: the whole response (status line and headers too), or
    /// with \p DripPart::Body only the body, after headers sent at once.
    enum class DripPart
    {
        Everything,
        Body,
    };
    static Behaviour dripFeed(const QByteArray &json, std::chrono::milliseconds interval,
                              DripPart part = DripPart::Everything);
    /// 200 application/json with a valid JSON array of \p megabytes MiB.
    static Behaviour huge(qint64 megabytes, bool announceLength = true);
    /// \p status (302, 307, …) with Location: \p target.
    static Behaviour redirectTo(const QUrl &target, int status = 302);
    static Behaviour closeImmediately();
};

class MisbehavingServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MisbehavingServer)

public:
    explicit MisbehavingServer(QObject *parent = nullptr);
    ~MisbehavingServer() override;

    /// Listens on 127.0.0.1 on a free port.
    bool start();
    /// "http://127.0.0.1:<port>".
    QUrl baseUrl() const;

    /// What requests for \p path (without query) get; overrides the default.
    void setBehaviour(const QString &path, const Behaviour &behaviour);
    /// What every other request gets (initially 404 problem+json).
    void setDefaultBehaviour(const Behaviour &behaviour);

    /// Every complete request received, oldest first.
    QList<ReceivedRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    /// Body bytes of Huge answers actually handed to the network so far.
    qint64 hugeBytesSent() const { return m_hugeBytesSent; }

private:
    struct Connection;

    void accept(QTcpSocket *socket);
    void serve(QTcpSocket *socket, Connection &connection, const ReceivedRequest &request);
    void dripNext(QTcpSocket *socket, Connection &connection);
    void streamHuge(QTcpSocket *socket, Connection &connection);
    const Behaviour &behaviourFor(const QByteArray &path) const;

    QTcpServer m_server;
    QHash<QString, Behaviour> m_behaviours;
    Behaviour m_default;
    QList<ReceivedRequest> m_requests;
    QHash<QTcpSocket *, Connection *> m_connections;
    qint64 m_hugeBytesSent = 0;
};

} // namespace keyward::test
