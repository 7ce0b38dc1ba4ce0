#include "common/ShownText.h"

#include <QTest>

using namespace onboard;

class TestShownText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenCharactersAreReplaced()
    {
        const QString text = QStringLiteral("a\nb\rc") + QChar(0x202E) + QStringLiteral("d") + QChar(0x2028) + QStringLiteral("e\tf");
        QCOMPARE(ShownText::oneLine(text, 100), QStringLiteral("a?b?c?d?e?f"));
        QCOMPARE(ShownText::oneLine(QStringLiteral("x\ny"), 100, QChar(0xFFFD)), QStringLiteral("x") + QChar(0xFFFD) + QStringLiteral("y"));
    }

    void longTextIsCutWithAnEllipsis()
    {
        QCOMPARE(ShownText::oneLine(QStringLiteral("abcdef"), 3), QStringLiteral("ab") + QChar(0x2026)); // 3 in all
        QCOMPARE(ShownText::oneLine(QStringLiteral("abc"), 3), QStringLiteral("abc"));
    }

    void cutNeverSplitsASurrogatePair()
    {
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // one character, two UTF-16 units
        const QString shown = ShownText::oneLine(QStringLiteral("ab") + emoji + QStringLiteral("cd"), 4);
        QCOMPARE(shown, QStringLiteral("ab") + QChar(0x2026));
        QVERIFY(!shown.at(shown.size() - 2).isHighSurrogate());
    }

    void foldedTurnsBreaksIntoSingleSpaces()
    {
        QCOMPARE(ShownText::folded(QStringLiteral("  Ada\n\n\x07Love\tlace  "), 100), QStringLiteral("Ada Love lace"));
        QCOMPARE(ShownText::folded(QStringLiteral("\n\r\t"), 100), QString());
        QCOMPARE(ShownText::folded(QStringLiteral("one  two three"), 8), QStringLiteral("one two") + QChar(0x2026));
    }
};

QTEST_GUILESS_MAIN(TestShownText)
#include "tst_showntext.moc"
