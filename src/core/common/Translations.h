#pragma once

#include <QLocale>

namespace onboard {

// Makes the program speak the system's language (LANG/LC_MESSAGES): its own texts, compiled into
// the program, and Qt's (the wizard's Back/Next/Cancel), from the system's Qt translations.
class Translations
{
public:
    static void install(const QLocale &locale = QLocale());
};

} // namespace onboard
