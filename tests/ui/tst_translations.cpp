#include "contacts/ContactTableModel.h"
#include "contacts/HealthText.h"
#include "import/ImportController.h"
#include "main/MainWindow.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace kith;

// The .qm files are compiled by the build and embedded under :/i18n in kith_core (see
// translations/CMakeLists.txt), so this test sees exactly what the kith executable carries.
// The look-ups go through the classes' own tr(), as the UI does: a translation filed under a
// wrong context would not be found.
class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void embedded_data();
    void embedded();
    void germanUi_data();
    void germanUi();
    void germanPlurals();
    void englishPlurals();
    void qtOwnTranslations();

private:
    // Loads kith_<lang>.qm the way app/main.cpp does: by locale, from :/i18n.
    void install(const QLocale& locale);

    std::unique_ptr<QTranslator> m_translator;
};

void TestTranslations::install(const QLocale& locale)
{
    m_translator = std::make_unique<QTranslator>();
    QVERIFY2(m_translator->load(locale, QStringLiteral("kith"), QStringLiteral("_"), QStringLiteral(":/i18n")),
             qPrintable(locale.name()));
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
}

void TestTranslations::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void TestTranslations::embedded_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("German") << QStringLiteral(":/i18n/kith_de.qm");
    QTest::newRow("English plurals") << QStringLiteral(":/i18n/kith_en.qm");
}

void TestTranslations::embedded()
{
    QFETCH(QString, file);
    QVERIFY(QFile::exists(file));
    QTranslator translator;
    QVERIFY(translator.load(file));
    QVERIFY(!translator.isEmpty());
}

void TestTranslations::germanUi_data()
{
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");
    QTest::newRow("File menu") << QStringLiteral("&File") << QStringLiteral("&Datei");
    QTest::newRow("Contact menu") << QStringLiteral("&Contact") << QStringLiteral("&Kontakt");
    QTest::newRow("action") << QStringLiteral("&Add Contact…") << QStringLiteral("Kontakt &hinzufügen…");
    QTest::newRow("empty state") << QStringLiteral("Your network is empty") << QStringLiteral("Ihr Netzwerk ist leer");
    QTest::newRow("View menu: dashboard") << QStringLiteral("Dash&board") << QStringLiteral("Ü&bersicht");
    QTest::newRow("import action") << QStringLiteral("&Import Contacts…") << QStringLiteral("Kontakte &importieren…");
    QTest::newRow("export action") << QStringLiteral("Export &Contacts…") << QStringLiteral("&Kontakte exportieren…");
    QTest::newRow("undo import") << QStringLiteral("Undo &Import") << QStringLiteral("&Import rückgängig machen");
}

void TestTranslations::germanUi()
{
    QFETCH(QString, english);
    QFETCH(QString, german);
    QCOMPARE(MainWindow::tr(qPrintable(english)), english);
    install(QLocale(QLocale::German, QLocale::Germany)); // finds kith_de.qm for de_DE
    QCOMPARE(MainWindow::tr(qPrintable(english)), german);
}

void TestTranslations::germanPlurals()
{
    install(QLocale(QLocale::German, QLocale::Austria));
    QCOMPARE(MainWindow::tr("%Ln contact(s)", nullptr, 1), QStringLiteral("1 Kontakt"));
    QCOMPARE(MainWindow::tr("%Ln contact(s)", nullptr, 2), QStringLiteral("2 Kontakte"));
    // %Ln groups digits the way the user's locale does.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(MainWindow::tr("%Ln contact(s)", nullptr, 10000), QStringLiteral("10.000 Kontakte"));
    QLocale::setDefault(before);
    QCOMPARE(ContactTableModel::tr("Last contact"), QStringLiteral("Letzter Kontakt"));
    QCOMPARE(HealthText::tr("%n day(s) ago", nullptr, 1), QStringLiteral("vor 1 Tag"));
    QCOMPARE(HealthText::tr("%n day(s) ago", nullptr, 12), QStringLiteral("vor 12 Tagen"));
    QCOMPARE(ImportController::tr("Imported %Ln contact(s)", nullptr, 1), QStringLiteral("1 Kontakt importiert"));
    QCOMPARE(ImportController::tr("Imported %Ln contact(s)", nullptr, 40), QStringLiteral("40 Kontakte importiert"));
    // Core strings looked up under the contexts their code passes to QCoreApplication::translate
    // (DueCalculator counts with "QObject"; ImportPlanner's helpers outside the class).
    QCOMPARE(QCoreApplication::translate("QObject", "Birthday in %n day(s)", nullptr, 1),
             QStringLiteral("Geburtstag in 1 Tag"));
    QCOMPARE(QCoreApplication::translate("QObject", "Birthday in %n day(s)", nullptr, 5),
             QStringLiteral("Geburtstag in 5 Tagen"));
    QCOMPARE(QCoreApplication::translate("kith::ImportPlanner", "same name and city"),
             QStringLiteral("gleicher Name und gleicher Ort"));
}

void TestTranslations::englishPlurals()
{
    QCOMPARE(MainWindow::tr("%Ln contact(s)", nullptr, 1), QStringLiteral("1 contact(s)"));
    install(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(MainWindow::tr("%Ln contact(s)", nullptr, 1), QStringLiteral("1 contact"));
    QCOMPARE(MainWindow::tr("%Ln contact(s)", nullptr, 2), QStringLiteral("2 contacts"));
    QCOMPARE(MainWindow::tr("%Ln contact(s)", nullptr, 0), QStringLiteral("0 contacts"));
    QCOMPARE(HealthText::tr("%n day(s) ago", nullptr, 1), QStringLiteral("1 day ago"));
    QCOMPARE(HealthText::tr("%n day(s) ago", nullptr, 3), QStringLiteral("3 days ago"));
    QCOMPARE(ImportController::tr("Imported %Ln contact(s)", nullptr, 1), QStringLiteral("Imported 1 contact"));
    QCOMPARE(QCoreApplication::translate("QObject", "Birthday in %n day(s)", nullptr, 2),
             QStringLiteral("Birthday in 2 days"));
    // The English file holds plural forms only; everything else falls through to the source text.
    QCOMPARE(MainWindow::tr("&File"), QStringLiteral("&File"));
}

// app/main.cpp also installs Qt's own German strings (standard buttons and the like).
void TestTranslations::qtOwnTranslations()
{
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(folder + QStringLiteral("/qtbase_de.qm")))
        QSKIP("Qt's translations are not installed (qt6-translations-l10n)");
    QTranslator qt;
    QVERIFY(qt.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"), folder));
    QCOMPARE(qt.translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
