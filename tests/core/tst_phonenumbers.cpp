#include "phone/PhoneNumbers.h"
#include "settings/Settings.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

using namespace kith;

// Real numbers of several countries, written the ways people write them, and junk.
class TestPhoneNumbers final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void e164_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("e164");
        QTest::newRow("UK national") << "GB"
                                     << "020 7946 0958"
                                     << "+442079460958";
        QTest::newRow("UK mobile, no spaces") << "GB"
                                              << "07911123456"
                                              << "+447911123456";
        QTest::newRow("UK drama mobile range is not a number") << "GB"
                                                               << "07700900123"
                                                               << "";
        QTest::newRow("UK international with (0)") << "US"
                                                   << "+44 (0)20 7946 0958"
                                                   << "+442079460958";
        QTest::newRow("UK from Germany with 00") << "DE"
                                                 << "0044 20 7946 0958"
                                                 << "+442079460958";
        QTest::newRow("US with parentheses") << "US"
                                             << "(650) 253-0000"
                                             << "+16502530000";
        QTest::newRow("US dotted, region lower-case") << "us"
                                                      << "650.253.0000"
                                                      << "+16502530000";
        QTest::newRow("US international from France") << "FR"
                                                      << "+1 650-253-0000"
                                                      << "+16502530000";
        QTest::newRow("Germany Berlin") << "DE"
                                        << "030 22730"
                                        << "+493022730";
        QTest::newRow("Germany mobile") << "DE"
                                        << "+49 151 23456789"
                                        << "+4915123456789";
        QTest::newRow("France") << "FR"
                                << "01 42 68 53 00"
                                << "+33142685300";
        QTest::newRow("Japan Tokyo") << "JP"
                                     << "03-3224-9999"
                                     << "+81332249999";
        QTest::newRow("India mobile") << "IN"
                                      << "+91 98765 43210"
                                      << "+919876543210";
        QTest::newRow("Australia Sydney") << "AU"
                                          << "(02) 9374 4000"
                                          << "+61293744000";
        QTest::newRow("Brazil Sao Paulo") << "BR"
                                          << "+55 11 2395-8400"
                                          << "+551123958400";
        QTest::newRow("Switzerland, no region needed") << ""
                                                       << "+41 44 668 18 00"
                                                       << "+41446681800";
        QTest::newRow("full-width digits") << "JP" << QString::fromUtf8("０３－３２２４－９９９９") << "+81332249999";
        QTest::newRow("national without a region") << ""
                                                   << "020 7946 0958"
                                                   << "";
        QTest::newRow("empty") << "GB"
                               << ""
                               << "";
        QTest::newRow("letters") << "GB"
                                 << "call me maybe"
                                 << "";
        QTest::newRow("too short") << "GB"
                                   << "12"
                                   << "";
        QTest::newRow("too long") << "GB"
                                  << "0207946095812345678901234"
                                  << "";
        QTest::newRow("only plus signs") << "GB"
                                         << "++++"
                                         << "";
        QTest::newRow("an email") << "GB"
                                  << "ada@example.com"
                                  << "";
        QTest::newRow("unknown region") << "XX"
                                        << "020 7946 0958"
                                        << "";
    }

    void e164()
    {
        QFETCH(QString, region);
        QFETCH(QString, written);
        QFETCH(QString, e164);
        QCOMPARE(PhoneNumbers(region).toE164(written), e164);
        QCOMPARE(PhoneNumbers(region).toE164Exact(written), e164);
    }

    void numbersOfABlockReadTheSame_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("pattern"); // %1: three digits
        QTest::newRow("UK mobile, national") << "GB"
                                             << "07911 123%1";
        QTest::newRow("UK with (0)") << "GB"
                                     << "+44 (0)20 7946 0%1";
        QTest::newRow("UK from Germany with 00") << "DE"
                                                 << "0044 20 7946 0%1";
        QTest::newRow("US") << "US"
                            << "(650) 253-0%1";
        QTest::newRow("Germany, trunk 0") << "DE"
                                          << "030 22 730 %1";
        QTest::newRow("Italy keeps its 0") << "IT"
                                           << "06 6982 0%1";
        QTest::newRow("France") << "FR"
                                << "01 42 68 5%1";
        QTest::newRow("drama range, invalid") << "GB"
                                              << "07700 900%1";
        QTest::newRow("too short for a block") << "GB"
                                               << "0%1";
    }

    // The block reading (libphonenumber reads the first number of a block, the others follow it) gives what
    // libphonenumber gives for each number on its own.
    void numbersOfABlockReadTheSame()
    {
        QFETCH(QString, region);
        QFETCH(QString, pattern);
        const PhoneNumbers shared(region);
        for (int i = 0; i < 1000; i += 7) {
            const QString written = pattern.arg(i, 3, 10, QLatin1Char('0'));
            QCOMPARE(shared.toE164(written), shared.toE164Exact(written));
        }
        // Once one number of the block was read, the rest follow it, in any instance.
        const PhoneNumbers fresh(region);
        const QString first = fresh.toE164(pattern.arg(QStringLiteral("000")));
        const QString other = fresh.toE164(pattern.arg(QStringLiteral("999")));
        QCOMPARE(first.isEmpty(), other.isEmpty());
        if (!first.isEmpty())
            QCOMPARE(other, first.chopped(3) + QStringLiteral("999"));
    }

    // Numbers written as plain digits are read without libphonenumber's parser (PhoneNumbers::toE164): for
    // libphonenumber's example number of every type in every region it knows, written in E.164, in the
    // international and the national format and as bare digits, and for neighbours of each that change one
    // digit (valid or not), the reading is the parser's.
    void plainNumbersReadLikeTheParser()
    {
        using i18n::phonenumbers::PhoneNumber;
        using i18n::phonenumbers::PhoneNumberUtil;
        const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
        const PhoneNumberUtil::PhoneNumberType types[] = {
            PhoneNumberUtil::FIXED_LINE,      PhoneNumberUtil::MOBILE,      PhoneNumberUtil::TOLL_FREE,
            PhoneNumberUtil::PREMIUM_RATE,    PhoneNumberUtil::SHARED_COST, PhoneNumberUtil::VOIP,
            PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER,       PhoneNumberUtil::UAN,
            PhoneNumberUtil::VOICEMAIL};
        std::set<std::string> regions;
        util.GetSupportedRegions(&regions);
        QVERIFY(regions.size() > 200);
        int compared = 0;
        int valid = 0;
        QStringList wrong;
        for (const std::string& regionCode : regions) {
            const QString region = QString::fromStdString(regionCode);
            const PhoneNumbers phones(region);
            for (const auto type : types) {
                PhoneNumber example;
                if (!util.GetExampleNumberForType(regionCode, type, &example))
                    continue;
                std::string significant;
                util.GetNationalSignificantNumber(example, &significant);
                for (size_t at = 0; at <= significant.size(); ++at) {
                    PhoneNumber number = example;
                    if (at < significant.size()) {
                        // A neighbour: one digit changed, the rest as in the example.
                        std::string changed = significant;
                        changed[at] = char('0' + (changed[at] - '0' + 3 + int(at)) % 10);
                        if (changed[0] == '0')
                            continue; // a leading zero is not a national number of this country
                        number.set_national_number(std::stoull(changed));
                    }
                    for (const auto format :
                         {PhoneNumberUtil::E164, PhoneNumberUtil::INTERNATIONAL, PhoneNumberUtil::NATIONAL}) {
                        std::string written;
                        util.Format(number, format, &written);
                        QString text = QString::fromStdString(written);
                        for (const QString& form : {text, QString(text).remove(QRegularExpression(u"[^0-9+]"_qs))}) {
                            const QString expected = phones.toE164Exact(form);
                            if (const QString read = phones.toE164(form); read != expected)
                                wrong.append(QStringLiteral("%1 in %2: %3, the parser reads %4")
                                                 .arg(form, region, read, expected));
                            ++compared;
                            valid += expected.isEmpty() ? 0 : 1;
                        }
                    }
                }
            }
        }
        qInfo("%d numbers compared, %d of them valid", compared, valid);
        QVERIFY2(wrong.isEmpty(), qPrintable(QString::number(wrong.size()) + QStringLiteral(" read differently: ") +
                                             wrong.mid(0, 40).join(QStringLiteral("; "))));
        QVERIFY(compared > 50'000);
        QVERIFY(valid > compared / 4);
    }

    void display()
    {
        const PhoneNumbers uk(QStringLiteral("GB"));
        QCOMPARE(uk.forDisplay(QStringLiteral("+442079460958")), QStringLiteral("020 7946 0958"));
        QCOMPARE(uk.forDisplay(QStringLiteral("+1 650 253 0000")), QStringLiteral("+1 650-253-0000"));
        QCOMPARE(uk.international(QStringLiteral("02079460958")), QStringLiteral("+44 20 7946 0958"));
        // What cannot be read is shown as written.
        QCOMPARE(uk.forDisplay(QStringLiteral("ext. 12")), QStringLiteral("ext. 12"));
        QCOMPARE(uk.international(QStringLiteral("12")), QStringLiteral("12"));
    }

    void regions()
    {
        QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("GB")));
        QVERIFY(PhoneNumbers::isKnownRegion(QStringLiteral("de")));
        QVERIFY(!PhoneNumbers::isKnownRegion(QStringLiteral("XX")));
        QVERIFY(!PhoneNumbers::isKnownRegion(QString()));
        QCOMPARE(PhoneNumbers(QStringLiteral("fr")).defaultRegion(), QStringLiteral("FR"));
        QCOMPARE(PhoneNumbers(QStringLiteral("Narnia")).defaultRegion(), QString());
        // The tests run under LC_ALL=C.UTF-8: no territory, so no default region.
        const QString locale = PhoneNumbers::localeRegion();
        QVERIFY(locale.isEmpty() || PhoneNumbers::isKnownRegion(locale));
    }

    void regionFromSettings()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("kith.conf")));
        QCOMPARE(PhoneNumbers::regionFromSettings(settings), PhoneNumbers::localeRegion());
        settings.setValue(Settings::Key::PhoneRegion, QStringLiteral("de"));
        QCOMPARE(PhoneNumbers::regionFromSettings(settings), QStringLiteral("DE"));
        QCOMPARE(PhoneNumbers(PhoneNumbers::regionFromSettings(settings)).toE164(QStringLiteral("030 22730")),
                 QStringLiteral("+493022730"));
        settings.setValue(Settings::Key::PhoneRegion, QStringLiteral("nowhere"));
        QCOMPARE(PhoneNumbers::regionFromSettings(settings), PhoneNumbers::localeRegion());
    }

    void regionCallingCodes()
    {
        const QMap<QString, int> codes = PhoneNumbers::regionCallingCodes();
        QVERIFY2(codes.size() > 200, qPrintable(QString::number(codes.size())));
        QCOMPARE(codes.value(QStringLiteral("GB")), 44);
        QCOMPARE(codes.value(QStringLiteral("DE")), 49);
        QCOMPARE(codes.value(QStringLiteral("US")), 1);
        QCOMPARE(codes.value(QStringLiteral("CA")), 1);
        // Only geographical regions, each one a default can be: no "001" for global numbers, no "ZZ".
        QVERIFY(!codes.contains(QStringLiteral("001")));
        QVERIFY(!codes.contains(QStringLiteral("ZZ")));
        for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
            QVERIFY2(PhoneNumbers::isKnownRegion(it.key()), qPrintable(it.key()));
            QVERIFY2(it.value() > 0, qPrintable(it.key()));
        }
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
