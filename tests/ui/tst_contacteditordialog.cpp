#include "GuiTestHelpers.h"
#include "contacts/ContactEditorDialog.h"
#include "widgets/LabeledValueListEditor.h"
#include "widgets/PartialDateEdit.h"
#include "widgets/PostalAddressListEditor.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace kith;
using kith::test::child;

namespace {

QList<Circle> testCircles()
{
    return {{QStringLiteral("inner"), QStringLiteral("Inner"), 7, 1},
            {QStringLiteral("close"), QStringLiteral("Close"), 30, 2},
            {QStringLiteral("dormant"), QStringLiteral("Dormant"), std::nullopt, 5}};
}

QList<Tag> testTags()
{
    return {{3, QStringLiteral("climbing"), QStringLiteral("#336699"), false},
            {1, QStringLiteral("family"), QStringLiteral("#d9534f"), true},
            {2, QStringLiteral("friend"), QStringLiteral("#f0ad4e"), true}};
}

QByteArray pngBytes(int size)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Contact fullContact()
{
    Contact c;
    c.id = 42;
    c.uid = QStringLiteral("urn:uuid:1234");
    c.prefix = QStringLiteral("Dr.");
    c.given = QStringLiteral("Ada");
    c.additional = QStringLiteral("Augusta");
    c.family = QStringLiteral("Lovelace");
    c.suffix = QStringLiteral("FRS");
    c.displayName = QStringLiteral("Ada Lovelace");
    c.nickname = QStringLiteral("Countess");
    c.organization = QStringLiteral("Analytical Engines Ltd");
    c.title = QStringLiteral("Programmer");
    c.emails = {{QStringLiteral("work"), QStringLiteral("ada@engines.example")},
                {QStringLiteral("home"), QStringLiteral("ada@home.example")},
                {QStringLiteral("Old university"), QStringLiteral("a.lovelace@uni.example")}};
    c.phones = {{QStringLiteral("mobile"), QStringLiteral("+44 7700 900123")},
                {QStringLiteral("work"), QStringLiteral("+44 20 7946 0001")}};
    c.urls = {{QStringLiteral("homepage"), QStringLiteral("https://ada.example")}};
    c.socialProfiles = {{QStringLiteral("mastodon"), QStringLiteral("@ada@social.example")},
                        {QStringLiteral("github"), QStringLiteral("ada")}};
    c.addresses = {{QStringLiteral("home"), QString(), QStringLiteral("Flat 2"), QStringLiteral("12 St James's Square"),
                    QStringLiteral("London"), QString(), QStringLiteral("SW1Y 4JH"), QStringLiteral("United Kingdom")},
                   {QStringLiteral("Summer house"), QStringLiteral("PO Box 7"), QString(),
                    QStringLiteral("Ockham Park"), QStringLiteral("Ockham"), QStringLiteral("Surrey"),
                    QStringLiteral("GU23 6NP"), QStringLiteral("United Kingdom")}};
    c.birthday = {0, 12, 10};
    c.anniversary = {1835, 7, 8};
    c.circle = QStringLiteral("inner");
    c.cadenceDays = 14;
    c.tags = {QStringLiteral("friend"), QStringLiteral("climbing")};
    c.priority = Priority::High;
    c.closeness = 4;
    c.howMet = QStringLiteral("Introduced by Charles");
    c.whereMet = QStringLiteral("A soirée in London");
    c.notes = QStringLiteral("Loves mathematics.\nAsk about the engine.");
    c.photo = pngBytes(64);
    c.createdAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    c.updatedAt = QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6), Qt::UTC);
    return c;
}

} // namespace

class TestContactEditorDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void typingChangesContact_data();
    void typingChangesContact();
    void typingIntoFirstRow_data();
    void typingIntoFirstRow();
    void addAndRemoveRows();
    void addressTyping();
    void okNeedsAName_data();
    void okNeedsAName();
    void displayNamePlaceholderShowsComposedName();
    void partialDateYearUnknown();
    void circleShowsCadence();
    void cadenceOverride();
    void closenessRating();
    void typedTagIsAddedWithoutClosing_data();
    void typedTagIsAddedWithoutClosing();
    void categoriesFirst();
    void photoFile_data();
    void photoFile();
    void removePhoto();

private:
    static QPushButton* okButton(const QWidget& dialog)
    {
        return child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    }
};

void TestContactEditorDialog::roundTrip_data()
{
    QTest::addColumn<Contact>("contact");

    QTest::newRow("every field") << fullContact();

    Contact minimal;
    minimal.given = QStringLiteral("Bob");
    QTest::newRow("given name only") << minimal;

    Contact leap = fullContact();
    leap.birthday = {0, 2, 29};
    leap.anniversary = {};
    leap.photo.clear();
    QTest::newRow("29 February, year unknown") << leap;

    Contact leapYear = fullContact();
    leapYear.birthday = {1996, 2, 29};
    QTest::newRow("29 February in a leap year") << leapYear;

    Contact unknown = fullContact();
    unknown.circle = QStringLiteral("work-friends"); // not offered by the dialog
    unknown.tags = {QStringLiteral("chess"), QStringLiteral("family")};
    unknown.cadenceDays.reset();
    unknown.priority = Priority::Low;
    QTest::newRow("circle and tag the dialog does not offer") << unknown;

    Contact emptyLabels;
    emptyLabels.organization = QStringLiteral("ACME");
    emptyLabels.emails = {{QString(), QStringLiteral("info@acme.example")}};
    emptyLabels.phones = {{QStringLiteral("WORK"), QStringLiteral("555")}};
    emptyLabels.addresses = {{QString(), {}, {}, {}, QStringLiteral("Springfield"), {}, {}, {}}};
    QTest::newRow("empty and unusual labels") << emptyLabels;
}

void TestContactEditorDialog::roundTrip()
{
    QFETCH(Contact, contact);
    ContactEditorDialog dialog(testCircles(), testTags());
    dialog.setContact(contact);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const Contact result = dialog.contact();
    QCOMPARE(result.id, contact.id);
    QCOMPARE(result.uid, contact.uid);
    QCOMPARE(result.createdAt, contact.createdAt);
    QCOMPARE(result.emails, contact.emails);
    QCOMPARE(result.phones, contact.phones);
    QCOMPARE(result.addresses, contact.addresses);
    QCOMPARE(result.birthday, contact.birthday);
    QCOMPARE(result.anniversary, contact.anniversary);
    QCOMPARE(result.tags, contact.tags);
    QCOMPARE(result.circle, contact.circle);
    QCOMPARE(result.cadenceDays, contact.cadenceDays);
    QCOMPARE(result.photo, contact.photo);
    QVERIFY(result == contact);

    // Setting another contact replaces everything rather than merging.
    dialog.setContact(Contact{});
    QVERIFY(dialog.contact() == Contact{});
}

void TestContactEditorDialog::typingChangesContact_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("field");

    QTest::newRow("prefix") << "prefixEdit"
                            << "prefix";
    QTest::newRow("given") << "givenEdit"
                           << "given";
    QTest::newRow("additional") << "additionalEdit"
                                << "additional";
    QTest::newRow("family") << "familyEdit"
                            << "family";
    QTest::newRow("suffix") << "suffixEdit"
                            << "suffix";
    QTest::newRow("display name") << "displayNameEdit"
                                  << "displayName";
    QTest::newRow("nickname") << "nicknameEdit"
                              << "nickname";
    QTest::newRow("organisation") << "organizationEdit"
                                  << "organization";
    QTest::newRow("title") << "titleEdit"
                           << "title";
    QTest::newRow("how met") << "howMetEdit"
                             << "howMet";
    QTest::newRow("where met") << "whereMetEdit"
                               << "whereMet";
    QTest::newRow("notes") << "notesEdit"
                           << "notes";
}

void TestContactEditorDialog::typingChangesContact()
{
    QFETCH(QString, objectName);
    QFETCH(QString, field);

    ContactEditorDialog dialog(testCircles(), testTags());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QWidget* editor = child<QWidget>(dialog, objectName);
    QTest::keyClicks(editor, QStringLiteral("Grace"));

    const Contact c = dialog.contact();
    const QHash<QString, QString> values = {
        {QStringLiteral("prefix"), c.prefix},         {QStringLiteral("given"), c.given},
        {QStringLiteral("additional"), c.additional}, {QStringLiteral("family"), c.family},
        {QStringLiteral("suffix"), c.suffix},         {QStringLiteral("displayName"), c.displayName},
        {QStringLiteral("nickname"), c.nickname},     {QStringLiteral("organization"), c.organization},
        {QStringLiteral("title"), c.title},           {QStringLiteral("howMet"), c.howMet},
        {QStringLiteral("whereMet"), c.whereMet},     {QStringLiteral("notes"), c.notes}};
    QCOMPARE(values.value(field), QStringLiteral("Grace"));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() != field)
            QVERIFY2(it.value().isEmpty(), qPrintable(it.key()));
    }
}

void TestContactEditorDialog::typingIntoFirstRow_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("defaultLabel");

    QTest::newRow("email") << "emailsEditor"
                           << "grace@navy.example"
                           << "home";
    QTest::newRow("phone") << "phonesEditor"
                           << "+1 555 0100"
                           << "mobile";
    QTest::newRow("url") << "urlsEditor"
                         << "https://grace.example"
                         << "homepage";
    QTest::newRow("social") << "socialEditor"
                            << "@grace"
                            << "linkedin";
}

void TestContactEditorDialog::typingIntoFirstRow()
{
    QFETCH(QString, objectName);
    QFETCH(QString, typed);
    QFETCH(QString, defaultLabel);

    ContactEditorDialog dialog(testCircles(), testTags());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* editor = child<LabeledValueListEditor>(dialog, objectName);
    QCOMPARE(editor->rowCount(), 1);
    QTest::keyClicks(editor->valueEdit(0), typed);

    const Contact c = dialog.contact();
    const QHash<QString, QList<LabeledValue>> lists = {{QStringLiteral("emailsEditor"), c.emails},
                                                       {QStringLiteral("phonesEditor"), c.phones},
                                                       {QStringLiteral("urlsEditor"), c.urls},
                                                       {QStringLiteral("socialEditor"), c.socialProfiles}};
    QCOMPARE(lists.value(objectName), (QList<LabeledValue>{{defaultLabel, typed}}));

    // A label typed by the user is kept as typed.
    QComboBox* label = editor->labelCombo(0);
    label->clearEditText();
    QTest::keyClicks(label, QStringLiteral("Boat"));
    QCOMPARE(editor->values(), (QList<LabeledValue>{{QStringLiteral("Boat"), typed}}));
}

void TestContactEditorDialog::addAndRemoveRows()
{
    ContactEditorDialog dialog(testCircles(), testTags());
    Contact c = fullContact();
    dialog.setContact(c);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* emails = child<LabeledValueListEditor>(dialog, QStringLiteral("emailsEditor"));
    QCOMPARE(emails->rowCount(), 3);

    // Remove the first email with its own button.
    auto* removeFirst =
        emails->valueEdit(0)->parentWidget()->findChild<QToolButton*>(QStringLiteral("removeRowButton"));
    QVERIFY(removeFirst);
    QTest::mouseClick(removeFirst, Qt::LeftButton);
    c.emails.removeFirst();
    QCOMPARE(dialog.contact().emails, c.emails);

    // Add a row and choose the "Work" preset for it.
    QTest::mouseClick(emails->findChild<QPushButton*>(QStringLiteral("addRowButton")), Qt::LeftButton);
    QCOMPARE(emails->rowCount(), 3);
    emails->labelCombo(2)->setCurrentIndex(emails->labelCombo(2)->findData(QStringLiteral("work")));
    QTest::keyClicks(emails->valueEdit(2), QStringLiteral("ada@new.example"));
    c.emails.append({QStringLiteral("work"), QStringLiteral("ada@new.example")});
    QCOMPARE(dialog.contact().emails, c.emails);

    // Blank rows are not saved.
    QTest::mouseClick(emails->findChild<QPushButton*>(QStringLiteral("addRowButton")), Qt::LeftButton);
    QCOMPARE(dialog.contact().emails, c.emails);
}

void TestContactEditorDialog::addressTyping()
{
    ContactEditorDialog dialog(testCircles(), testTags());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* addresses = child<PostalAddressListEditor>(dialog, QStringLiteral("addressesEditor"));
    QCOMPARE(addresses->rowCount(), 1);
    QTest::keyClicks(addresses->partEdit(0, QStringLiteral("street")), QStringLiteral("1 Main St"));
    QTest::keyClicks(addresses->partEdit(0, QStringLiteral("locality")), QStringLiteral("Springfield"));
    QTest::mouseClick(addresses->findChild<QPushButton*>(QStringLiteral("addAddressButton")), Qt::LeftButton);
    QCOMPARE(addresses->rowCount(), 2);
    QTest::keyClicks(addresses->partEdit(1, QStringLiteral("country")), QStringLiteral("Canada"));

    PostalAddress first;
    first.label = QStringLiteral("home");
    first.street = QStringLiteral("1 Main St");
    first.locality = QStringLiteral("Springfield");
    PostalAddress second;
    second.label = QStringLiteral("home");
    second.country = QStringLiteral("Canada");
    QCOMPARE(dialog.contact().addresses, (QList<PostalAddress>{first, second}));
}

void TestContactEditorDialog::okNeedsAName_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::newRow("given name") << "givenEdit";
    QTest::newRow("family name") << "familyEdit";
    QTest::newRow("display name") << "displayNameEdit";
    QTest::newRow("nickname") << "nicknameEdit";
    QTest::newRow("organisation") << "organizationEdit";
}

void TestContactEditorDialog::okNeedsAName()
{
    QFETCH(QString, objectName);
    ContactEditorDialog dialog(testCircles(), testTags());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* hint = child<QLabel>(dialog, QStringLiteral("nameHintLabel"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(hint->isVisible());

    // Other fields do not make a name.
    QTest::keyClicks(child<QWidget>(dialog, QStringLiteral("titleEdit")), QStringLiteral("CEO"));
    QTest::keyClicks(child<QWidget>(dialog, QStringLiteral("notesEdit")), QStringLiteral("met at the fair"));
    QVERIFY(!okButton(dialog)->isEnabled());

    auto* edit = child<QLineEdit>(dialog, objectName);
    QTest::keyClicks(edit, QStringLiteral("Kim"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!hint->isVisible());

    // Spaces are not a name.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("   "));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(hint->isVisible());
}

void TestContactEditorDialog::displayNamePlaceholderShowsComposedName()
{
    ContactEditorDialog dialog(testCircles(), testTags());
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("givenEdit")), QStringLiteral("Grace"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("familyEdit")), QStringLiteral("Hopper"));
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("displayNameEdit"))->placeholderText(),
             QStringLiteral("Grace Hopper"));
    QVERIFY(dialog.contact().displayName.isEmpty());
}

void TestContactEditorDialog::partialDateYearUnknown()
{
    ContactEditorDialog dialog(testCircles(), testTags());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* birthday = child<PartialDateEdit>(dialog, QStringLiteral("birthdayEdit"));
    auto* set = child<QCheckBox>(*birthday, QStringLiteral("setCheck"));
    auto* day = child<QSpinBox>(*birthday, QStringLiteral("daySpin"));
    auto* month = child<QComboBox>(*birthday, QStringLiteral("monthCombo"));
    auto* year = child<QSpinBox>(*birthday, QStringLiteral("yearSpin"));
    auto* yearUnknown = child<QCheckBox>(*birthday, QStringLiteral("yearUnknownCheck"));

    QVERIFY(dialog.contact().birthday.isNull());
    QVERIFY(!day->isEnabled());
    QVERIFY(!day->isVisible());
    QTest::mouseClick(set, Qt::LeftButton);
    QVERIFY(day->isEnabled());
    QVERIFY(day->isVisible());

    year->setValue(2023);
    month->setCurrentIndex(1);
    day->setValue(29); // 2023 is not a leap year
    QCOMPARE(dialog.contact().birthday, (PartialDate{2023, 2, 28}));

    QTest::mouseClick(yearUnknown, Qt::LeftButton);
    QVERIFY(!year->isVisible());
    day->setValue(29);
    QCOMPARE(dialog.contact().birthday, (PartialDate{0, 2, 29}));
    QCOMPARE(dialog.contact().birthday.toIsoString(), QStringLiteral("--02-29"));

    // Knowing the year again clamps to a date that exists.
    QTest::mouseClick(yearUnknown, Qt::LeftButton);
    QVERIFY(year->isVisible());
    QCOMPARE(dialog.contact().birthday, (PartialDate{2023, 2, 28}));

    QTest::mouseClick(set, Qt::LeftButton);
    QVERIFY(dialog.contact().birthday.isNull());
    QVERIFY(dialog.contact().anniversary.isNull());
}

void TestContactEditorDialog::circleShowsCadence()
{
    ContactEditorDialog dialog(testCircles(), testTags());
    auto* combo = child<QComboBox>(dialog, QStringLiteral("circleCombo"));
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemText(0), QStringLiteral("None"));
    QCOMPARE(combo->itemText(1), QStringLiteral("Inner (every 7 days)"));
    QCOMPARE(combo->itemText(2), QStringLiteral("Close (every 30 days)"));
    QCOMPARE(combo->itemText(3), QStringLiteral("Dormant"));
    combo->setCurrentIndex(2);
    QCOMPARE(dialog.contact().circle, QStringLiteral("close"));
    combo->setCurrentIndex(0);
    QVERIFY(dialog.contact().circle.isEmpty());
}

void TestContactEditorDialog::cadenceOverride()
{
    ContactEditorDialog dialog(testCircles(), testTags());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* combo = child<QComboBox>(dialog, QStringLiteral("circleCombo"));
    auto* check = child<QCheckBox>(dialog, QStringLiteral("cadenceCheck"));
    auto* spin = child<QSpinBox>(dialog, QStringLiteral("cadenceSpin"));

    combo->setCurrentIndex(1);
    QVERIFY(!spin->isEnabled());
    QCOMPARE(spin->value(), 7); // shows the circle's cadence
    QCOMPARE(dialog.contact().cadenceDays, std::nullopt);

    check->setChecked(true);
    QVERIFY(spin->isEnabled());
    spin->setValue(10);
    QCOMPARE(dialog.contact().cadenceDays, std::optional<int>(10));
    check->setChecked(false);
    QCOMPARE(dialog.contact().cadenceDays, std::nullopt);
}

void TestContactEditorDialog::closenessRating()
{
    ContactEditorDialog dialog(testCircles(), testTags());
    auto* combo = child<QComboBox>(dialog, QStringLiteral("closenessCombo"));
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->currentText(), QStringLiteral("Not rated"));
    QCOMPARE(dialog.contact().closeness, std::nullopt);
    combo->setCurrentIndex(5);
    QCOMPARE(dialog.contact().closeness, std::optional<int>(5));
    combo->setCurrentIndex(1);
    QCOMPARE(dialog.contact().closeness, std::optional<int>(1));

    // A rated contact opens with its rating; clearing it gives no rating.
    Contact rated = fullContact();
    rated.closeness = 2;
    dialog.setContact(rated);
    QCOMPARE(combo->currentData().toInt(), 2);
    combo->setCurrentIndex(0);
    QCOMPARE(dialog.contact().closeness, std::nullopt);
}

void TestContactEditorDialog::typedTagIsAddedWithoutClosing_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("new tag") << "board games" << QStringList{QStringLiteral("board games")};
    QTest::newRow("existing tag, other case") << "Friend" << QStringList{QStringLiteral("friend")};
}

void TestContactEditorDialog::typedTagIsAddedWithoutClosing()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);

    ContactEditorDialog dialog(testCircles(), testTags());
    Contact c;
    c.given = QStringLiteral("Sam");
    dialog.setContact(c);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* edit = child<QLineEdit>(dialog, QStringLiteral("newTagEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, typed);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.contact().tags, expected);
    QVERIFY(edit->text().isEmpty());

    // Unticking removes it again.
    auto* list = child<QListWidget>(dialog, QStringLiteral("tagsList"));
    const auto items = list->findItems(expected.first(), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    items.first()->setCheckState(Qt::Unchecked);
    QVERIFY(dialog.contact().tags.isEmpty());
}

void TestContactEditorDialog::categoriesFirst()
{
    ContactEditorDialog dialog(testCircles(), testTags());
    auto* list = child<QListWidget>(dialog, QStringLiteral("tagsList"));
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->text(), QStringLiteral("family"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("friend"));
    QCOMPARE(list->item(2)->text(), QStringLiteral("climbing"));
    QVERIFY(list->item(0)->font().bold());
    QVERIFY(!list->item(0)->icon().isNull());
}

void TestContactEditorDialog::photoFile_data()
{
    QTest::addColumn<QByteArray>("fileContent");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("small PNG") << pngBytes(200) << true << QString();
    QByteArray oversize = pngBytes(32);
    oversize.append(QByteArray(ContactEditorDialog::MaxPhotoBytes + 1 - oversize.size(), '\0'));
    QTest::newRow("one byte over 5 MB") << oversize << false << "at most 5";
    QTest::newRow("not an image") << QByteArray("just text, not pixels") << false << "not an image";
}

void TestContactEditorDialog::photoFile()
{
    QFETCH(QByteArray, fileContent);
    QFETCH(bool, accepted);
    QFETCH(QString, messagePart);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("photo.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fileContent);
    file.close();

    ContactEditorDialog dialog(testCircles(), testTags());
    const Contact original = fullContact();
    dialog.setContact(original);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* message = child<QLabel>(dialog, QStringLiteral("photoMessageLabel"));

    QCOMPARE(dialog.loadPhotoFile(path), accepted);
    if (accepted) {
        QCOMPARE(dialog.contact().photo, fileContent);
        QVERIFY(!message->isVisible());
        QVERIFY(!child<QLabel>(dialog, QStringLiteral("photoLabel"))->pixmap().isNull());
    } else {
        QCOMPARE(dialog.contact().photo, original.photo);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(messagePart), qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("photo.png")));
    }
}

void TestContactEditorDialog::removePhoto()
{
    ContactEditorDialog dialog(testCircles(), testTags());
    dialog.setContact(fullContact());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* remove = child<QPushButton>(dialog, QStringLiteral("removePhotoButton"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(dialog.contact().photo.isEmpty());
    QVERIFY(!remove->isEnabled());
}

QTEST_MAIN(TestContactEditorDialog)
#include "tst_contacteditordialog.moc"
