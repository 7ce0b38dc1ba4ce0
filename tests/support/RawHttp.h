#pragma once

#include <QByteArray>
#include <QHostAddress>

namespace onboard::test {

// One request, as raw bytes over a loopback socket of the test's own, and everything that came
// back before the other side closed (bounded by WaitMs). The test's event loop runs meanwhile, so
// a server in the test process answers it. "not connected" when nobody listens.
QByteArray rawHttpExchange(quint16 port, const QByteArray &request, const QHostAddress &to = QHostAddress(QHostAddress::LocalHost));

// The status code of such an answer; 0 when it is not HTTP.
int rawHttpStatus(const QByteArray &answer);

// A POST of `json` to the loopback receiver's answer path, as its page in a browser sends it.
QByteArray receiverAnswerRequest(quint16 port, const QByteArray &json, const QByteArray &origin,
                                 const QByteArray &host = {}, const QByteArray &contentType = "application/json");

} // namespace onboard::test
