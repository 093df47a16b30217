#include "io/vcard/VCardReader.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTest>

using namespace kith;

namespace {

struct ReadResult {
    QList<VCardCard> cards;
    QList<VCardError> errors;
};

ReadResult readAll(const QByteArray& data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(&buffer);
    ReadResult result;
    while (auto card = reader.next())
        result.cards.append(std::move(*card));
    result.errors = reader.errors();
    return result;
}

// One 3.0 card around the given content lines (CRLF endings).
QByteArray card30(const QByteArray& lines)
{
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + lines + "END:VCARD\r\n";
}

QByteArray card21(const QByteArray& lines)
{
    return "BEGIN:VCARD\r\nVERSION:2.1\r\n" + lines + "END:VCARD\r\n";
}

// The name a user would see: FN, else the N parts joined.
QString nameOf(const VCardCard& card)
{
    if (const VCardProperty* fn = card.first(u"FN"); fn && !fn->text().trimmed().isEmpty())
        return fn->text().trimmed();
    if (const VCardProperty* n = card.first(u"N"))
        return n->components().join(u' ').simplified();
    return {};
}

} // namespace

class TestVCardReader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textValue_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("expected");

        QTest::newRow("CRLF") << card30("FN:Ada Lovelace\r\n") << "FN"
                              << "Ada Lovelace";
        QTest::newRow("LF") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nEND:VCARD\n") << "FN"
                            << "Ada";
        QTest::newRow("CR") << QByteArray("BEGIN:VCARD\rVERSION:3.0\rFN:Ada\rEND:VCARD\r") << "FN"
                            << "Ada";
        QTest::newRow("CR CR LF (iPhone)")
            << QByteArray("BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nFN:Ada\r\r\nNOTE:x\r\r\nEND:VCARD\r\r\n") << "NOTE"
            << "x";
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF" + card30("FN:Ada\r\n")) << "FN"
                                   << "Ada";
        QTest::newRow("lowercase property name") << card30("fn:Ada\r\n") << "FN"
                                                 << "Ada";
        QTest::newRow("3.0 fold drops one space") << card30("NOTE:abc\r\n def\r\n") << "NOTE"
                                                  << "abcdef";
        QTest::newRow("3.0 fold drops one tab") << card30("NOTE:abc\r\n\tdef\r\n") << "NOTE"
                                                << "abcdef";
        QTest::newRow("3.0 fold keeps a second space") << card30("NOTE:abc\r\n  def\r\n") << "NOTE"
                                                       << "abc def";
        QTest::newRow("2.1 fold keeps the whitespace") << card21("NOTE:abc\r\n def\r\n") << "NOTE"
                                                       << "abc def";
        QTest::newRow("fold inside a UTF-8 character")
            << card30("FN:Jos\xC3\r\n \xA9 Mar\xC3\r\n \xAD\r\n") << "FN" << QStringLiteral("José Marí");
        QTest::newRow("fold without whitespace") << card30("NOTE:first part\r\nsecond part\r\n") << "NOTE"
                                                 << "first partsecond part";
        QTest::newRow("blank line inside a card") << card30("\r\nFN:Ada\r\n\r\n\r\nNOTE:n\r\n") << "NOTE"
                                                  << "n";
        QTest::newRow("QP soft break and CRLF")
            << card21("NOTE;ENCODING=QUOTED-PRINTABLE:line one=0D=0A=\r\nline two\r\n") << "NOTE"
            << "line one\r\nline two";
        QTest::newRow("QP bare parameter with UTF-8 charset")
            << card21("FN;CHARSET=UTF-8;QUOTED-PRINTABLE:M=C3=BCller\r\n") << "FN" << QStringLiteral("Müller");
        QTest::newRow("QP character split by a soft break")
            << card21("FN;ENCODING=QUOTED-PRINTABLE:Jos=C3=\r\n=A9\r\n") << "FN" << QStringLiteral("José");
        QTest::newRow("QP sequence split in its hex digits")
            << card21("FN;ENCODING=QUOTED-PRINTABLE:Jos=C3=A\r\n9 X\r\n") << "FN" << QStringLiteral("José X");
        QTest::newRow("QP without charset in Windows-1252")
            << card21("FN;ENCODING=QUOTED-PRINTABLE:Fran=E7ois\r\n") << "FN" << QStringLiteral("François");
        QTest::newRow("CHARSET=ISO-8859-1 in 3.0")
            << card30("FN;CHARSET=ISO-8859-1:Jos\xE9\r\n") << "FN" << QStringLiteral("José");
        QTest::newRow("CHARSET=windows-1252")
            << card30("FN;CHARSET=windows-1252:\x93Hi\x94\r\n") << "FN" << QStringLiteral("“Hi”");
        QTest::newRow("CHARSET=us-ascii") << card21("FN;CHARSET=us-ascii:Plain\r\n") << "FN"
                                          << "Plain";
        QTest::newRow("undeclared Latin-1 falls back to Windows-1252")
            << card30("FN:Fran\xE7ois \x80\r\n") << "FN" << QStringLiteral("François €");
        QTest::newRow("valid UTF-8 stays UTF-8")
            << card30("FN:Zo\xC3\xAB \xF0\x9F\x98\x80\r\n") << "FN" << QStringLiteral("Zoë 😀");
        QTest::newRow("escapes") << card30("NOTE:a\\, b\\; c\\\\ d\\ne\\Nf\r\n") << "NOTE"
                                 << "a, b; c\\ d\ne\nf";
        QTest::newRow("stray escape in a URL") << card30("URL:http\\://example.org\r\n") << "URL"
                                               << "http://example.org";
        QTest::newRow("lone backslash kept") << card30("NOTE:C:\\temp\r\n") << "NOTE"
                                             << "C:\\temp";
        QTest::newRow("colon inside the value") << card30("URL:https://a.example:8080/x\r\n") << "URL"
                                                << "https://a.example:8080/x";
    }

    void textValue()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, property);
        QFETCH(QString, expected);
        const ReadResult result = readAll(input);
        QCOMPARE(result.cards.size(), 1);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).reason));
        const VCardProperty* found = result.cards.constFirst().first(property);
        QVERIFY(found);
        QCOMPARE(found->text(), expected);
    }

    void parameters_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QStringList>("values");

        QTest::newRow("TYPE list") << QByteArray("TEL;TYPE=work,voice:1") << "TYPE" << QStringList{"work", "voice"};
        QTest::newRow("repeated TYPE") << QByteArray("TEL;TYPE=work;TYPE=voice:1") << "TYPE"
                                       << QStringList{"work", "voice"};
        QTest::newRow("quoted TYPE list")
            << QByteArray("TEL;TYPE=\"work,voice\":1") << "TYPE" << QStringList{"work", "voice"};
        QTest::newRow("bare 2.1 parameters")
            << QByteArray("TEL;HOME;VOICE:1") << "TYPE" << QStringList{"HOME", "VOICE"};
        QTest::newRow("bare 2.1 mixed with TYPE")
            << QByteArray("TEL;PREF;TYPE=CELL:1") << "TYPE" << QStringList{"PREF", "CELL"};
        QTest::newRow("lowercase type") << QByteArray("TEL;type=cell;type=pref:1") << "TYPE"
                                        << QStringList{"cell", "pref"};
        QTest::newRow("lowercase value") << QByteArray("BDAY;value=date:1985-04-15") << "VALUE" << QStringList{"date"};
        QTest::newRow("PREF number") << QByteArray("EMAIL;PREF=1:a@example.org") << "PREF" << QStringList{"1"};
        QTest::newRow("RFC 6868 escapes")
            << QByteArray("ADR;LABEL=\"1 Main St^nSpringfield ^'Q^' ^^\":;;1 Main St;Springfield;;;") << "LABEL"
            << QStringList{"1 Main St\nSpringfield \"Q\" ^"};
        QTest::newRow("colon inside a quoted parameter")
            << QByteArray("X-P;X-Q=\"a:b\":v") << "X-Q" << QStringList{"a:b"};
        QTest::newRow("bare BASE64 is an ENCODING")
            << QByteArray("PHOTO;JPEG;BASE64:aGk=") << "ENCODING" << QStringList{"BASE64"};
        QTest::newRow("bare QUOTED-PRINTABLE is an ENCODING")
            << QByteArray("NOTE;QUOTED-PRINTABLE:a=3Db") << "ENCODING" << QStringList{"QUOTED-PRINTABLE"};
    }

    void parameters()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, parameter);
        QFETCH(QStringList, values);
        const ReadResult result = readAll(card30(line + "\r\n"));
        QCOMPARE(result.cards.size(), 1);
        QCOMPARE(result.cards.constFirst().properties.size(), 1);
        const VCardProperty& property = result.cards.constFirst().properties.constFirst();
        QCOMPARE(property.parameterValues(parameter), values);
        // Repeated parameters are merged: one entry per name.
        QStringList names;
        for (const VCardParameter& p : property.parameters) {
            QVERIFY2(!names.contains(p.name), qPrintable(p.name));
            names.append(p.name);
        }
    }

    void quotedParameterLeavesTheValueAlone()
    {
        const ReadResult result = readAll(card30("X-P;X-Q=\"a:b\":v\r\n"));
        QCOMPARE(result.cards.constFirst().first(u"X-P")->value, QStringLiteral("v"));
    }

    void compoundValues()
    {
        const ReadResult result = readAll(card30("N:Doe;John\\;Jr;;Mr.;\r\n"
                                                 "ADR;TYPE=home:;;1 Main St\\nFlat 2;Springfield;IL;62701;USA\r\n"
                                                 "NICKNAME:Johnny,J\\,D\r\n"
                                                 "CATEGORIES:a,b;c\r\n"));
        const VCardCard& card = result.cards.constFirst();
        QCOMPARE(card.first(u"N")->components(), (QStringList{"Doe", "John;Jr", "", "Mr.", ""}));
        const QStringList adr = card.first(u"ADR")->components();
        QCOMPARE(adr.size(), 7);
        QCOMPARE(adr.at(2), QStringLiteral("1 Main St\nFlat 2"));
        QCOMPARE(adr.at(6), QStringLiteral("USA"));
        QCOMPARE(card.first(u"NICKNAME")->listValues(), (QStringList{"Johnny", "J,D"}));
        QCOMPARE(card.first(u"CATEGORIES")->structuredValues(), (QList<QStringList>{{"a", "b"}, {"c"}}));
    }

    void groupsAndAppleLabels()
    {
        const ReadResult result = readAll(card30("item1.EMAIL;type=INTERNET:a@example.org\r\n"
                                                 "item1.X-ABLabel:_$!<Home>!$_\r\n"
                                                 "4L06RU.TEL:+1 555 0100\r\n"));
        const VCardCard& card = result.cards.constFirst();
        const VCardProperty* email = card.first(u"EMAIL");
        QVERIFY(email);
        QCOMPARE(email->group, QStringLiteral("item1"));
        QCOMPARE(email->text(), QStringLiteral("a@example.org"));
        const auto group = card.inGroup(u"item1");
        QCOMPARE(group.size(), 2);
        QCOMPARE(group.at(1)->name, QStringLiteral("X-ABLABEL"));
        QCOMPARE(group.at(1)->text(), QStringLiteral("_$!<Home>!$_"));
        QCOMPARE(card.first(u"TEL")->group, QStringLiteral("4L06RU"));
    }

    void oddVendorNames()
    {
        const ReadResult result = readAll(card30("X-messaging/twitter-All:@ada\r\nX-MS-IMADDRESS:im@aim.com\r\n"));
        QVERIFY(result.errors.isEmpty());
        QCOMPARE(result.cards.constFirst().first(u"X-MESSAGING/TWITTER-ALL")->text(), QStringLiteral("@ada"));
    }

    void base64_data()
    {
        QTest::addColumn<QByteArray>("input");
        // "hello photo" in base64: aGVsbG8gcGhvdG8=
        QTest::newRow("3.0 ENCODING=b folded")
            << card30("PHOTO;ENCODING=b;TYPE=JPEG:aGVsbG\r\n 8gcGhv\r\n dG8=\r\nEMAIL:a@example.org\r\n");
        QTest::newRow("2.1 BASE64 indented, blank line after")
            << card21("PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n    aGVsbG8g\r\n    cGhvdG8=\r\n\r\n"
                      "EMAIL:a@example.org\r\n");
        QTest::newRow("2.1 bare BASE64 unindented, blank line after")
            << card21("PHOTO;JPEG;BASE64:\r\naGVsbG8g\r\ncGhvdG8=\r\n\r\nEMAIL:a@example.org\r\n");
    }

    void base64()
    {
        QFETCH(QByteArray, input);
        const ReadResult result = readAll(input);
        QCOMPARE(result.cards.size(), 1);
        QVERIFY(result.errors.isEmpty());
        const VCardCard& card = result.cards.constFirst();
        QVERIFY(card.first(u"PHOTO")->isBase64());
        QCOMPARE(card.first(u"PHOTO")->bytes, QByteArray("hello photo"));
        QVERIFY(card.first(u"EMAIL"));
        QCOMPARE(card.first(u"EMAIL")->text(), QStringLiteral("a@example.org"));
    }

    void recovery_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<qint64>>("errorLines");

        QTest::newRow("well formed") << (card30("FN:A\r\n") + card30("FN:B\r\n")) << QStringList{"A", "B"}
                                     << QList<qint64>{};
        QTest::newRow("END:vCard in mixed case")
            << QByteArray("BEGIN:vcard\r\nVERSION:3.0\r\nFN:A\r\nEnd:vCard\r\nBEGIN:VCARD\r\nFN:B\r\nEND:VCARD\r\n")
            << QStringList{"A", "B"} << QList<qint64>{};
        QTest::newRow("missing END before the next BEGIN")
            << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nBEGIN:VCARD\r\nFN:B\r\nEND:VCARD\r\n")
            << QStringList{"A", "B"} << QList<qint64>{1};
        QTest::newRow("missing END at the end of the file")
            << QByteArray("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:B\r\n")
            << QStringList{"A", "B"} << QList<qint64>{4};
        QTest::newRow("missing BEGIN")
            << QByteArray("BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nVERSION:3.0\r\nFN:B\r\nEND:VCARD\r\n")
            << QStringList{"A", "B"} << QList<qint64>{4};
        QTest::newRow("junk between cards") << (card30("FN:A\r\n") + "hello world\r\n" + card30("FN:B\r\n"))
                                            << QStringList{"A", "B"} << QList<qint64>{5};
        QTest::newRow("stray END") << (QByteArray("END:VCARD\r\n") + card30("FN:A\r\n")) << QStringList{"A"}
                                   << QList<qint64>{1};
        QTest::newRow("empty file") << QByteArray() << QStringList{} << QList<qint64>{};
        QTest::newRow("only blank lines") << QByteArray("\r\n\n\r\r\n") << QStringList{} << QList<qint64>{};
    }

    void recovery()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, names);
        QFETCH(QList<qint64>, errorLines);
        const ReadResult result = readAll(input);
        QStringList read;
        for (const VCardCard& card : result.cards)
            read.append(nameOf(card));
        QCOMPARE(read, names);
        QList<qint64> lines;
        for (const VCardError& error : result.errors) {
            lines.append(error.line);
            QVERIFY(!error.reason.isEmpty());
        }
        QCOMPARE(lines, errorLines);
    }

    void versionPerCard()
    {
        const ReadResult result = readAll(card21("FN:A\r\n") + QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:B\r\n"
                                                                          "END:VCARD\r\n"));
        QCOMPARE(result.cards.size(), 2);
        QCOMPARE(result.cards.at(0).version, QStringLiteral("2.1"));
        QCOMPARE(result.cards.at(1).version, QStringLiteral("4.0"));
        QCOMPARE(result.cards.at(1).line, 5);
        QVERIFY(!result.cards.at(1).first(u"VERSION")); // kept in `version`, not among the properties
        QCOMPARE(result.cards.at(1).first(u"FN")->line, 7);
    }

    void binaryInputDoesNotCrash()
    {
        QByteArray junk;
        quint32 x = 12345;
        for (int i = 0; i < 200000; ++i) {
            x = x * 1103515245 + 12345;
            junk.append(static_cast<char>(x >> 24));
        }
        const ReadResult result = readAll(junk);
        QVERIFY(result.errors.size() <= VCardReader::maxErrors() + 1);
        const ReadResult mixed = readAll(card30("FN:A\r\n") + junk + "\r\n" + card30("FN:B\r\n"));
        QVERIFY(mixed.cards.size() >= 2);
        QCOMPARE(nameOf(mixed.cards.constLast()), QStringLiteral("B"));
    }

    // Many cards and a long folded photo cross the reader's buffer boundaries at every kind of line ending.
    void manyCardsAcrossBufferBoundaries_data()
    {
        QTest::addColumn<QByteArray>("ending");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CR") << QByteArray("\r");
        QTest::newRow("CR CR LF") << QByteArray("\r\r\n");
    }

    void manyCardsAcrossBufferBoundaries()
    {
        QFETCH(QByteArray, ending);
        QByteArray photo(300000, 'x');
        for (qsizetype i = 0; i < photo.size(); ++i)
            photo[i] = static_cast<char>(i * 7 % 251);
        const QByteArray base64 = photo.toBase64();
        QByteArray data;
        const int count = 3000;
        for (int i = 0; i < count; ++i) {
            data += "BEGIN:VCARD" + ending + "VERSION:3.0" + ending + "FN:Person " + QByteArray::number(i) + ending;
            if (i == 1500) {
                data += "PHOTO;ENCODING=b:";
                for (qsizetype at = 0; at < base64.size(); at += 74)
                    data += (at ? " " : "") + base64.mid(at, 74) + ending;
            }
            data += "END:VCARD" + ending;
        }
        const ReadResult result = readAll(data);
        QVERIFY(result.errors.isEmpty());
        QCOMPARE(result.cards.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(nameOf(result.cards.at(i)), QStringLiteral("Person %1").arg(i));
        QCOMPARE(result.cards.at(1500).first(u"PHOTO")->bytes, photo);
    }

    // Field-level checks against corpus files inspected by hand.
    void corpusFields()
    {
        const QString root = QStringLiteral(KITH_SHARED_DIR "/corpus/vcard/ez-vcard");
        if (!QFileInfo::exists(root))
            QSKIP("the shared corpus is not present");
        const auto read = [&](const QString& name) {
            QFile file(root + u'/' + name);
            if (!file.open(QIODevice::ReadOnly))
                return ReadResult();
            return readAll(file.readAll());
        };

        const ReadResult iphone = read(QStringLiteral("John_Doe_IPHONE.vcf"));
        QCOMPARE(iphone.cards.size(), 1);
        const VCardCard& apple = iphone.cards.constFirst();
        const auto item2 = apple.inGroup(u"item2");
        QCOMPARE(item2.size(), 2);
        QCOMPARE(item2.at(0)->text(), QStringLiteral("905-222-1234"));
        QCOMPARE(item2.at(1)->text(), QStringLiteral("_$!<AssistantPhone>!$_"));
        QCOMPARE(apple.first(u"URL")->text(), QStringLiteral("http://www.ibm.com"));
        QCOMPARE(apple.first(u"N")->components(), (QStringList{"Doe", "John", "Richter,James", "Mr.", "Sr."}));
        QVERIFY(apple.first(u"PHOTO")->bytes.startsWith("\xFF\xD8\xFF")); // a JPEG

        const ReadResult android = read(QStringLiteral("John_Doe_ANDROID.vcf"));
        QCOMPARE(android.cards.size(), 6);
        QCOMPARE(android.cards.at(2).first(u"FN")->text(), QStringLiteral("Ñ Ñ Ñ Ñ Ñ "));
        QVERIFY(android.cards.at(2).first(u"TEL")->hasType(u"cell"));

        const ReadResult outlook = read(QStringLiteral("outlook-2007.vcf"));
        QCOMPARE(outlook.cards.size(), 1);
        const VCardCard& ms = outlook.cards.constFirst();
        QVERIFY(ms.first(u"NOTE")->text().startsWith(
            QStringLiteral("This is the NOTE field\t\r\nI assume it encodes this text inside a NOTE vCard type.\r\n")));
        QVERIFY(ms.first(u"KEY")->bytes.size() > 100); // 2.1 base64 ended by a blank line
        QCOMPARE(ms.first(u"EMAIL")->text(), QStringLiteral("mike.angstadt@gmail.com"));
        QCOMPARE(ms.first(u"EMAIL")->types(), (QStringList{"PREF", "INTERNET"}));
        QCOMPARE(ms.first(u"X-MS-ANNIVERSARY")->text(), QStringLiteral("20120801"));
    }

    // Every file of the shared corpus (real exports) reads without a crash, gives at least one card,
    // and every card that carries FN or N gives a name.
    void corpusConformance()
    {
        const QString root = QStringLiteral(KITH_SHARED_DIR "/corpus/vcard");
        if (!QFileInfo::exists(root))
            QSKIP("the shared corpus is not present");
        struct FolderCount {
            int files = 0;
            int cards = 0;
            int errors = 0;
        };
        QMap<QString, FolderCount> folders;
        QDirIterator it(root, {QStringLiteral("*.vcf"), QStringLiteral("*.VCF"), QStringLiteral("*.vcard")},
                        QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            VCardReader reader(&file);
            int cards = 0;
            while (auto card = reader.next()) {
                ++cards;
                if (card->first(u"FN") || card->first(u"N")) {
                    QVERIFY2(!nameOf(*card).isEmpty(),
                             qPrintable(QStringLiteral("%1: card at line %2 has no name").arg(path).arg(card->line)));
                }
            }
            QVERIFY2(cards > 0, qPrintable(path));
            FolderCount& count = folders[QDir(root).relativeFilePath(QFileInfo(path).path())];
            ++count.files;
            count.cards += cards;
            count.errors += reader.errors().size();
            for (const VCardError& error : reader.errors())
                qInfo().noquote() << QDir(root).relativeFilePath(path) << "line" << error.line << error.reason;
            ++files;
        }
        QVERIFY(files > 0);
        for (auto i = folders.cbegin(); i != folders.cend(); ++i) {
            qInfo().noquote() << QStringLiteral("corpus %1: %2 files, %3 cards, %4 errors")
                                     .arg(i.key())
                                     .arg(i->files)
                                     .arg(i->cards)
                                     .arg(i->errors);
        }
    }
};

QTEST_GUILESS_MAIN(TestVCardReader)
#include "tst_vcardreader.moc"
