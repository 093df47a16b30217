#pragma once

namespace kith {

// Installs on the running application Qt's own translation and Kith's for the user's language, Kith's
// English one where Kith has none for that language (or the locale is C/POSIX): English is a translation
// too, it holds the plural forms ("1 person", "2 people") that the source strings do not. Both kith and
// kith-cli call it once, after creating their application object; the translators live as long as it.
// Kith's translations are compiled into kith_core under :/i18n (translations/CMakeLists.txt).
void installTranslators();

} // namespace kith
