#include "oauth/TokenAnswer.h"

#include "common/ShownText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace onboard {

namespace {
constexpr int MaxDescriptionLength = 200;
} // namespace

Error TokenAnswer::parse(int status, const QByteArray &body, TokenAnswer *answer)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject json = document.object();

    if (status == 400 || status == 401 || status == 403) {
        // The code as it will be shown: one that is only control characters or spaces is none.
        const QString raw = json.value(QStringLiteral("error")).toString();
        const QString code = ShownText::folded(raw, 100);
        if (!isObject || code.isEmpty() || raw.size() > 100)
            return {ErrorKind::Network, tr("The token endpoint refused the request (HTTP %1) without saying why in "
                                           "OAuth 2.0's form.").arg(status)};
        TokenAnswer error;
        error.errorCode = code;
        error.errorDescription = ShownText::folded(json.value(QStringLiteral("error_description")).toString(), MaxDescriptionLength);
        *answer = error;
        return {};
    }
    if (status != 200)
        return {ErrorKind::Network, tr("The token endpoint answered HTTP %1; check the OAuth 2.0 token URL.").arg(status)};
    if (!isObject)
        return {ErrorKind::Network, tr("The token endpoint's answer is not a JSON object.")};

    TokenAnswer success;
    success.accessToken = json.value(QStringLiteral("access_token")).toString();
    if (!isTokenShaped(success.accessToken))
        return {ErrorKind::Network, tr("The token endpoint's answer holds no usable access token.")};
    const QJsonValue refresh = json.value(QStringLiteral("refresh_token"));
    if (!refresh.isUndefined() && !refresh.isNull()) {
        success.refreshToken = refresh.toString();
        if (!isTokenShaped(success.refreshToken))
            return {ErrorKind::Network, tr("The token endpoint's answer holds a malformed refresh token.")};
    }
    if (json.value(QStringLiteral("token_type")).toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return {ErrorKind::Network, tr("The token endpoint handed out a token that is not a Bearer token.")};
    const double expiresIn = json.value(QStringLiteral("expires_in")).toDouble(-1);
    if (!(expiresIn >= 1 && expiresIn <= MaxExpiresIn))
        return {ErrorKind::Network, tr("The token endpoint's answer has no usable lifetime (expires_in).")};
    success.expiresIn = static_cast<qint64>(expiresIn);
    const QJsonValue scope = json.value(QStringLiteral("scope"));
    if (scope.isString()) {
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        const QString text = scope.toString();
        if (text.size() > 2000)
            return {ErrorKind::Network, tr("The token endpoint's answer names too many scopes.")};
        success.scopes = text.split(separators, Qt::SkipEmptyParts);
    } else if (!scope.isUndefined() && !scope.isNull()) {
        return {ErrorKind::Network, tr("The token endpoint's answer has a malformed scope.")};
    }
    *answer = success;
    return {};
}

bool TokenAnswer::isTokenShaped(const QString &token)
{
    if (token.isEmpty() || token.size() > MaxTokenLength)
        return false;
    for (const QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

bool TokenAnswer::grantEnded() const
{
    return errorCode == QLatin1String("invalid_grant") || errorCode == QLatin1String("unauthorized_client")
           || errorCode == QLatin1String("access_denied") || errorCode == QLatin1String("invalid_token");
}

} // namespace onboard
