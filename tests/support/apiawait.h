// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test helpers for the asynchronous ApiClient: wait for one call's answer,
// and log a client in to a spawned keyward-server. Header-only, for test
// executables that link keyward-client and Qt Test.

#include "api/apiclient.h"
#include "serverprocess.h"

#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace keyward::test {

/// Runs one asynchronous call and waits (event loop running) for its callback.
template <typename T> ApiResult<T> await(const std::function<void(ApiCallback<T>)> &start)
{
    std::optional<ApiResult<T>> result;
    start([&result](const ApiResult<T> &answer) { result.emplace(answer); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000)) {
        return ApiError{ApiError::Timeout, 0, QStringLiteral("the test gave up waiting"), {}};
    }
    return *result;
}

/// The error of a call that should have failed; a marker when it succeeded.
template <typename T> ApiError errorOf(const ApiResult<T> &result)
{
    return result ? ApiError{ApiError::Cancelled, -1, QStringLiteral("unexpectedly succeeded"), {}}
                  : result.error();
}

template <typename T> QString describe(const ApiResult<T> &result)
{
    return result ? QStringLiteral("ok") : result.error().message;
}

/// A client pointed at \p server and logged in as \p email, who is created
/// (confirmed, with \p password) first when \p create is true. Null on failure,
/// with the reason in \p error.
inline std::unique_ptr<ApiClient> loggedInClient(const ServerProcess &server, const QString &email,
                                                 const QString &password, bool create = true,
                                                 QString *error = nullptr)
{
    if (create && !server.addUser(email, password)) {
        if (error) {
            *error = QStringLiteral("could not create user ") + email;
        }
        return nullptr;
    }
    auto client = std::make_unique<ApiClient>();
    client->setServerUrl(QUrl(server.baseUrl()));
    const auto session = await<Session>(
        [&](ApiCallback<Session> done) { client->login(email, password, client.get(), done); });
    if (!session) {
        if (error) {
            *error = session.error().message;
        }
        return nullptr;
    }
    return client;
}

} // namespace keyward::test

/// Waits for `call` (which must pass `done` as its callback) and fails the
/// test unless it succeeded; `variable` holds the ApiResult<Type>.
#define AWAIT(Type, variable, call)                                                                \
    const ::keyward::ApiResult<Type> variable =                                                    \
        ::keyward::test::await<Type>([&](::keyward::ApiCallback<Type> done) { call; });            \
    QVERIFY2(variable.hasValue(), qPrintable(::keyward::test::describe(variable)))

/// Waits for `call`, which should fail; `variable` holds its ApiError.
#define AWAIT_ERROR(Type, variable, call)                                                          \
    const ::keyward::ApiError variable = ::keyward::test::errorOf(                                 \
        ::keyward::test::await<Type>([&](::keyward::ApiCallback<Type> done) { call; }))
