// SecretHeaders: the values of an account's secret headers as their keychain item keeps them.
#include "accounts/SecretHeaders.h"

#include <QTest>

using namespace onboard;

class TestSecretHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyBesideTheToken()
    {
        QCOMPARE(SecretHeaders::keychainKey(QStringLiteral("k:m")), QStringLiteral("k:m#headers"));
    }

    void encodeTakesOnlySecretOnes()
    {
        const CustomHeaders headers{CustomHeader("X-Team", "blue"), CustomHeader("X-Api-Key", "s3cret")};
        QVERIFY(SecretHeaders::any(headers));
        QVERIFY(!SecretHeaders::any({CustomHeader("X-Team", "blue")}));
        const QString stored = SecretHeaders::encode(headers);
        QVERIFY(stored.contains(QStringLiteral("s3cret")));
        QVERIFY(!stored.contains(QStringLiteral("blue")));

        CustomHeaders read{CustomHeader("X-Team", "blue"), CustomHeader::keptInKeychain("X-Api-Key")};
        QVERIFY(!SecretHeaders::fill(&read, stored));
        QCOMPARE(read, headers);
    }

    void missingValueIsAKeychainError()
    {
        CustomHeaders read{CustomHeader::keptInKeychain("Cookie")};
        const Error e = SecretHeaders::fill(&read, SecretHeaders::encode({CustomHeader("X-Api-Key", "v")}));
        QCOMPARE(e.kind(), ErrorKind::Keychain);
        QVERIFY(e.message().contains(QStringLiteral("Cookie")));
        QCOMPARE(SecretHeaders::fill(&read, QStringLiteral("not json")).kind(), ErrorKind::Keychain);
        // A value that would split the request is not taken either.
        const QString forged = QStringLiteral("{\"version\":1,\"headers\":[{\"name\":\"Cookie\",\"value\":\"a\\r\\nHost: x\"}]}");
        QCOMPARE(SecretHeaders::fill(&read, forged).kind(), ErrorKind::Keychain);
        QVERIFY(read.first().isValueKept());
    }

    void fillFromHeadersAlreadyRead()
    {
        CustomHeaders options{CustomHeader::keptInKeychain("X-Api-Key"), CustomHeader("X-Team", "red")};
        SecretHeaders::fillFrom(&options, {CustomHeader("X-Api-Key", "s3cret"), CustomHeader("X-Team", "blue")});
        QCOMPARE(options, (CustomHeaders{CustomHeader("X-Api-Key", "s3cret"), CustomHeader("X-Team", "red")}));
    }

    void sameSecretsIgnoresOrderNameCaseAndPlainHeaders()
    {
        const CustomHeaders account{CustomHeader("X-Api-Key", "s3cret"), CustomHeader("Cookie", "c=1"),
                                    CustomHeader("X-Team", "blue")};
        QVERIFY(SecretHeaders::sameSecrets(account, {CustomHeader("cookie", "c=1"), CustomHeader("X-Api-Key", "s3cret")}));
        QVERIFY(!SecretHeaders::sameSecrets(account, {CustomHeader("Cookie", "c=1"), CustomHeader("X-Api-Key", "0ther")}));
        QVERIFY(!SecretHeaders::sameSecrets(account, {CustomHeader("Cookie", "c=1")}));
        QVERIFY(!SecretHeaders::sameSecrets({}, {CustomHeader("Authorization", "Bearer x")}));
        QVERIFY(SecretHeaders::sameSecrets({CustomHeader("X-Team", "red")}, {}));
        QCOMPARE(SecretHeaders::names(account), QStringLiteral("X-Api-Key, Cookie"));
    }
};

QTEST_GUILESS_MAIN(TestSecretHeaders)
#include "tst_secretheaders.moc"
