#include "io/import/CsvColumnMapping.h"
#include "io/import/CsvPreview.h"

#include <QTest>

using namespace kith;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(KITH_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

} // namespace

// The generic-CSV mapping: its guess, its storage form, the profile it gives CsvMapper, and the preview.
class TestCsvColumnMapping final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void guess()
    {
        using T = CsvColumnMapping::Target;
        const QStringList header{QStringLiteral("Full Name"),
                                 QStringLiteral("Email"),
                                 QStringLiteral("Work phone"),
                                 QStringLiteral("Company"),
                                 QStringLiteral("Zip"),
                                 QStringLiteral("Shoe size"),
                                 QString()};
        QCOMPARE(CsvColumnMapping::guess(header).columns,
                 QList<T>({T::DisplayName, T::Email, T::Phone, T::Organization, T::PostalCode, T::Keep, T::Ignore}));
    }

    void guessReadsWhatTheColumnsHold()
    {
        using T = CsvColumnMapping::Target;
        // "Contact" reads like a name column; its cells say it holds addresses. "Reach me" no name places;
        // its cells are phone numbers. A postcode is too short for one, and a column with one word among its
        // addresses is not sure enough to change.
        const QStringList header{QStringLiteral("Member"), QStringLiteral("Contact"), QStringLiteral("Reach me"),
                                 QStringLiteral("Postcode"), QStringLiteral("Backup")};
        const QList<QStringList> rows{
            {QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"), QStringLiteral("+44 20 7946 0958"),
             QStringLiteral("12345"), QStringLiteral("ada@old.example")},
            {QStringLiteral("Alan Turing"), QStringLiteral(" alan@example.com "), QString(), QStringLiteral("54321"),
             QStringLiteral("ask Grace")},
            {QStringLiteral("Grace Hopper"), QString(), QStringLiteral("(020) 7946-0001"), QString(), QString()}};
        const CsvColumnMapping byName = CsvColumnMapping::guess(header);
        const CsvColumnMapping byContent = CsvColumnMapping::guess(header, rows);
        QCOMPARE(byContent.columns[1], T::Email);
        QVERIFY(byName.columns[1] != T::Email);
        QCOMPARE(byContent.columns[2], T::Phone);
        QCOMPARE(byContent.columns[3], byName.columns[3]);
        QCOMPARE(byContent.columns[4], byName.columns[4]);
        // "Member" holds the names, and no other column was taken for them.
        QVERIFY(byName.columns[0] != T::DisplayName);
        QCOMPARE(byContent.columns[0], T::DisplayName);
        // A file that has its name column keeps it: no second one is made.
        const CsvColumnMapping named =
            CsvColumnMapping::guess({QStringLiteral("Name"), QStringLiteral("Team")},
                                    {{QStringLiteral("Ada Lovelace"), QStringLiteral("Engines")}});
        QCOMPARE(named.columns, QList<T>({T::DisplayName, T::Keep}));
        // A column of bare numbers is more likely an id than a phone: kept as it was.
        const CsvColumnMapping ids = CsvColumnMapping::guess(
            {QStringLiteral("Name"), QStringLiteral("Member no"), QStringLiteral("Mobile no")},
            {{QStringLiteral("Ada Lovelace"), QStringLiteral("10234567"), QStringLiteral("07700900123")}});
        QCOMPARE(ids.columns[1], T::Keep);
        QCOMPARE(ids.columns[2], T::Phone);
        // No rows: the guess by name alone.
        QCOMPARE(CsvColumnMapping::guess(header, {}).columns, byName.columns);
    }

    void textRoundTrip()
    {
        CsvColumnMapping mapping;
        mapping.columns = CsvColumnMapping::allTargets();
        const QString text = mapping.toText();
        QCOMPARE(CsvColumnMapping::fromText(text), std::optional(mapping));
        QCOMPARE(CsvColumnMapping::fromText(QStringLiteral("email,nonsense")), std::nullopt);
        for (CsvColumnMapping::Target target : CsvColumnMapping::allTargets()) {
            QCOMPARE(CsvColumnMapping::targetFromKey(CsvColumnMapping::targetKey(target)), std::optional(target));
            QVERIFY(!CsvColumnMapping::targetLabel(target).isEmpty());
        }
    }

    void signatureIgnoresCaseAndSpaces()
    {
        QCOMPARE(CsvColumnMapping::headerSignature({QStringLiteral(" Name"), QStringLiteral("EMAIL ")}),
                 CsvColumnMapping::headerSignature({QStringLiteral("name"), QStringLiteral("email")}));
        QVERIFY(CsvColumnMapping::headerSignature({QStringLiteral("a,b")}) !=
                CsvColumnMapping::headerSignature({QStringLiteral("a"), QStringLiteral("b")}));
    }

    void profile()
    {
        using T = CsvColumnMapping::Target;
        CsvColumnMapping mapping;
        mapping.columns = {T::GivenName, T::Email, T::Email, T::Street, T::Street, T::City, T::Keep, T::Ignore};
        const CsvProfile profile = mapping.toProfile();
        QCOMPARE(profile.kind, CsvProfile::Kind::Generic);
        QCOMPARE(profile.column(CsvProfile::Field::GivenName), 0);
        QCOMPARE(profile.emails.size(), 2);
        QCOMPARE(profile.emails[1].value, 2);
        QCOMPARE(profile.addresses.size(), 1);
        QCOMPARE(profile.addresses[0].street, 3);
        QCOMPARE(profile.addresses[0].street2, 4);
        QCOMPARE(profile.addresses[0].city, 5);
        QCOMPARE(mapping.keptColumns(), QList<int>{6});
    }

    void preview()
    {
        auto preview = CsvPreview::read(fixture("generic-members.csv"), 1);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QCOMPARE(preview->header.size(), 6);
        QCOMPARE(preview->header[4], QStringLiteral("Favourite colour"));
        QCOMPARE(preview->rows.size(), 1);
        QCOMPARE(preview->rows[0][0], QStringLiteral("Ada Lovelace"));
        QCOMPARE(preview->separator, QLatin1Char(','));
        QCOMPARE(preview->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(preview->kind, CsvProfile::Kind::Generic);

        auto google = CsvPreview::read(fixture("google.csv"));
        QVERIFY(google.ok());
        QCOMPARE(google->kind, CsvProfile::Kind::GoogleCurrent);
        QCOMPARE(google->encoding, QStringLiteral("UTF-8 with BOM"));
        QCOMPARE(google->rows.size(), 1);

        auto notCsv = CsvPreview::read(fixture("three-cards.vcf"));
        QVERIFY(!notCsv.ok());
        QVERIFY2(notCsv.error().contains(QStringLiteral("not a CSV")), qPrintable(notCsv.error()));
        QVERIFY(!CsvPreview::read(fixture("binary.vcf")).ok());
    }
};

QTEST_GUILESS_MAIN(TestCsvColumnMapping)
#include "tst_csvcolumnmapping.moc"
