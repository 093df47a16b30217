#include "interactions/LogInteractionDialog.h"

#include "domain/ManualClock.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kith;

class TestLogInteractionDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaults();
    void setParticipantsShowsNames();
    void addThroughCompleterPopup();
    void addThroughEnterAndButton_data();
    void addThroughEnterAndButton();
    void noMatchSaysSo();
    void suggestionsLeaveOutParticipants();
    void removeParticipant();
    void fieldsEndUpInInteraction_data();
    void fieldsEndUpInInteraction();

private:
    qint64 addContact(const QString& given, const QString& family, const QString& organization = {});
    template <typename T> T* child(const QString& name) const
    {
        auto* widget = m_dialog->findChild<T*>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }
    QPushButton* okButton() const
    {
        return child<QDialogButtonBox>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    }
    QList<qint64> listedIds() const { return m_dialog->interaction().participantIds; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<LogInteractionDialog> m_dialog;
    qint64 m_alice = 0;
    qint64 m_alicia = 0;
    qint64 m_bob = 0;
};

qint64 TestLogInteractionDialog::addContact(const QString& given, const QString& family, const QString& organization)
{
    Contact contact;
    contact.given = given;
    contact.family = family;
    contact.organization = organization;
    const auto id = m_contacts->add(contact);
    if (!id)
        qFatal("cannot add contact: %s", qPrintable(id.error()));
    return id.value();
}

void TestLogInteractionDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(QStringLiteral("kith.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2024, 5, 17), QTime(16, 42, 37), Qt::UTC));
    m_contacts = std::make_unique<ContactStore>(*m_database, *m_clock);
    m_alice = addContact(QStringLiteral("Alice"), QStringLiteral("Martin"), QStringLiteral("Acme"));
    m_alicia = addContact(QStringLiteral("Alicia"), QStringLiteral("Keys"));
    m_bob = addContact(QStringLiteral("Bob"), QStringLiteral("Stone"));
    m_dialog = std::make_unique<LogInteractionDialog>(*m_contacts, *m_clock);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestLogInteractionDialog::cleanup()
{
    m_dialog.reset();
    m_contacts.reset();
    m_database.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestLogInteractionDialog::defaults()
{
    auto* when = child<QDateTimeEdit>(QStringLiteral("occurredAtEdit"));
    QVERIFY(when->calendarPopup());
    const QDateTime expected(QDate(2024, 5, 17), QTime(16, 42), Qt::UTC);
    QCOMPARE(when->dateTime().toUTC(), expected);
    QCOMPARE(when->dateTime().timeSpec(), Qt::LocalTime);

    const Interaction interaction = m_dialog->interaction();
    QCOMPARE(interaction.occurredAt, expected);
    QCOMPARE(interaction.occurredAt.timeSpec(), Qt::UTC);
    QCOMPARE(interaction.channel, Channel::InPerson);
    QCOMPARE(interaction.initiator, Initiator::Me);
    QCOMPARE(interaction.durationMinutes, std::nullopt);
    QVERIFY(interaction.participantIds.isEmpty());
    QCOMPARE(child<QComboBox>(QStringLiteral("channelCombo"))->count(), 7);
    QCOMPARE(child<QComboBox>(QStringLiteral("initiatorCombo"))->count(), 3);

    QVERIFY(!okButton()->isEnabled());
    QVERIFY(child<QLabel>(QStringLiteral("hintLabel"))->text().contains(QStringLiteral("participant")));
}

void TestLogInteractionDialog::setParticipantsShowsNames()
{
    m_dialog->setParticipants({m_bob, m_alice});
    auto* list = child<QListWidget>(QStringLiteral("participantsList"));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Bob Stone"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("Alice Martin"));
    QCOMPARE(listedIds(), (QList<qint64>{m_bob, m_alice}));
    QVERIFY(okButton()->isEnabled());

    m_dialog->setParticipants({});
    QVERIFY(listedIds().isEmpty());
    QVERIFY(!okButton()->isEnabled());
}

void TestLogInteractionDialog::addThroughCompleterPopup()
{
    auto* edit = child<QLineEdit>(QStringLiteral("addParticipantEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("alic"));
    QAbstractItemView* popup = edit->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 2);

    // Pick Alicia with the keyboard, as a user would.
    int aliciaRow = -1;
    for (int row = 0; row < popup->model()->rowCount(); ++row) {
        if (popup->model()->index(row, 0).data().toString() == QStringLiteral("Alicia Keys"))
            aliciaRow = row;
    }
    QVERIFY(aliciaRow >= 0);
    for (int i = 0; i <= aliciaRow; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QCOMPARE(popup->currentIndex().row(), aliciaRow);
    QTest::keyClick(popup, Qt::Key_Return);

    QTRY_VERIFY(edit->text().isEmpty());
    QCOMPARE(listedIds(), QList<qint64>{m_alicia});
    QCOMPARE(child<QListWidget>(QStringLiteral("participantsList"))->item(0)->text(), QStringLiteral("Alicia Keys"));
    QVERIFY(okButton()->isEnabled());
    QVERIFY(m_dialog->isVisible());
}

void TestLogInteractionDialog::addThroughEnterAndButton_data()
{
    QTest::addColumn<bool>("useButton");
    QTest::addColumn<QString>("typed");
    QTest::newRow("Enter, family name") << false << "stone";
    QTest::newRow("Add button, given name") << true << "Bob";
}

void TestLogInteractionDialog::addThroughEnterAndButton()
{
    QFETCH(bool, useButton);
    QFETCH(QString, typed);
    auto* edit = child<QLineEdit>(QStringLiteral("addParticipantEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, typed);
    if (useButton)
        QTest::mouseClick(child<QPushButton>(QStringLiteral("addParticipantButton")), Qt::LeftButton);
    else
        QTest::keyClick(edit, Qt::Key_Return);

    QCOMPARE(listedIds(), QList<qint64>{m_bob});
    QVERIFY(edit->text().isEmpty());
    QVERIFY(m_dialog->isVisible()); // Enter added the participant; it did not close the dialog
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));

    // Adding the same person twice keeps one entry.
    QTest::keyClicks(edit, typed);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(listedIds(), QList<qint64>{m_bob});
}

void TestLogInteractionDialog::noMatchSaysSo()
{
    auto* edit = child<QLineEdit>(QStringLiteral("addParticipantEdit"));
    QTest::keyClicks(edit, QStringLiteral("Zebedee"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("addParticipantButton")), Qt::LeftButton);
    QVERIFY(listedIds().isEmpty());
    QVERIFY(child<QLabel>(QStringLiteral("hintLabel"))->text().contains(QStringLiteral("Zebedee")));
    QCOMPARE(edit->text(), QStringLiteral("Zebedee"));
}

void TestLogInteractionDialog::suggestionsLeaveOutParticipants()
{
    m_dialog->setParticipants({m_alice});
    auto* edit = child<QLineEdit>(QStringLiteral("addParticipantEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("alic"));
    QAbstractItemView* popup = edit->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("Alicia Keys"));
    QTest::keyClick(popup, Qt::Key_Escape);
}

void TestLogInteractionDialog::removeParticipant()
{
    m_dialog->setParticipants({m_alice, m_bob});
    auto* list = child<QListWidget>(QStringLiteral("participantsList"));
    auto* remove = child<QPushButton>(QStringLiteral("removeParticipantButton"));
    QVERIFY(!remove->isEnabled());
    list->setCurrentRow(0);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(listedIds(), QList<qint64>{m_bob});

    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    list->setFocus();
    list->setCurrentRow(0);
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(listedIds().isEmpty());
    QVERIFY(!okButton()->isEnabled());
}

void TestLogInteractionDialog::fieldsEndUpInInteraction_data()
{
    QTest::addColumn<int>("channelIndex");
    QTest::addColumn<Channel>("channel");
    QTest::addColumn<int>("initiatorIndex");
    QTest::addColumn<Initiator>("initiator");

    QTest::newRow("in person, me") << 0 << Channel::InPerson << 0 << Initiator::Me;
    QTest::newRow("call, them") << 1 << Channel::Call << 1 << Initiator::Them;
    QTest::newRow("video, mutual") << 2 << Channel::Video << 2 << Initiator::Mutual;
    QTest::newRow("message") << 3 << Channel::Message << 0 << Initiator::Me;
    QTest::newRow("email") << 4 << Channel::Email << 1 << Initiator::Them;
    QTest::newRow("social") << 5 << Channel::Social << 0 << Initiator::Me;
    QTest::newRow("event") << 6 << Channel::Event << 2 << Initiator::Mutual;
}

void TestLogInteractionDialog::fieldsEndUpInInteraction()
{
    QFETCH(int, channelIndex);
    QFETCH(Channel, channel);
    QFETCH(int, initiatorIndex);
    QFETCH(Initiator, initiator);

    m_dialog->setParticipants({m_alice});
    child<QComboBox>(QStringLiteral("channelCombo"))->setCurrentIndex(channelIndex);
    child<QComboBox>(QStringLiteral("initiatorCombo"))->setCurrentIndex(initiatorIndex);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("summaryEdit")), QStringLiteral("Lunch at the canteen"));
    QTest::keyClicks(child<QPlainTextEdit>(QStringLiteral("notesEdit")), QStringLiteral("She is moving to Lyon."));
    const QDateTime when(QDate(2024, 5, 1), QTime(12, 30));
    child<QDateTimeEdit>(QStringLiteral("occurredAtEdit"))->setDateTime(when);
    child<QSpinBox>(QStringLiteral("durationSpin"))->setValue(90);

    const Interaction interaction = m_dialog->interaction();
    QCOMPARE(interaction.id, 0);
    QCOMPARE(interaction.channel, channel);
    QCOMPARE(interaction.initiator, initiator);
    QCOMPARE(interaction.summary, QStringLiteral("Lunch at the canteen"));
    QCOMPARE(interaction.notes, QStringLiteral("She is moving to Lyon."));
    QCOMPARE(interaction.occurredAt, when.toUTC());
    QCOMPARE(interaction.durationMinutes, std::optional<int>(90));
    QCOMPARE(interaction.participantIds, QList<qint64>{m_alice});
}

QTEST_MAIN(TestLogInteractionDialog)
#include "tst_loginteractiondialog.moc"
