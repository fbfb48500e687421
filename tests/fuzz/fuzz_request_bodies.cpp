// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: every request body decoder the server uses, reached the
// way a handler reaches it: the raw body through Request::jsonObject() (which
// throws ApiError for what is not a JSON object) and then the *FromJson()
// parser. The first input byte picks the decoder, so one corpus covers all.
// Also the Authorization header parser, fed the same bytes.
#include "http/apierror.h"
#include "http/request.h"

#include "domain/requests.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace keyward;
using namespace keyward::server;

namespace {
template <typename Parse> void decode(const QJsonObject &json, Parse parse)
{
    const auto result = parse(json);
    // A refusal always explains itself: the server sends the sentence as 400's detail.
    if (!result && result.error().toString().isEmpty())
        std::abort();
}

void decodeAs(unsigned selector, const QJsonObject &json)
{
    switch (selector % 13) {
    case 0:
        return decode(json, loginRequestFromJson);
    case 1:
        return decode(json, emailRequestFromJson);
    case 2:
        return decode(json, confirmRequestFromJson);
    case 3:
        return decode(json, resetPasswordRequestFromJson);
    case 4:
        return decode(json, updateUserRequestFromJson);
    case 5:
        return decode(json, createOrganizationRequestFromJson);
    case 6:
        return decode(json, updateOrganizationRequestFromJson);
    case 7:
        return decode(json, createTeamRequestFromJson);
    case 8:
        return decode(json, addMemberRequestFromJson);
    case 9:
        return decode(json, changeRoleRequestFromJson);
    case 10:
        return decode(json, createTokenRequestFromJson);
    case 11:
        return decode(json, rotateTokenRequestFromJson);
    default:
        return decode(json, publishRequestFromJson);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    Request request;
    request.body = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    request.headers.append({QByteArrayLiteral("Authorization"), request.body});
    (void)request.credential();
    try {
        const QJsonObject json =
            data[0] & 0x80 ? request.optionalJsonObject() : request.jsonObject();
        decodeAs(data[0], json);
    } catch (const ApiError &error) {
        if (error.kind() != ErrorKind::BadRequest)
            std::abort();
    }
    return 0;
}
