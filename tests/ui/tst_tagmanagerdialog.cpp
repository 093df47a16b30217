#include "GuiTestHelpers.h"
#include "contacts/ContactDetailPane.h"
#include "contacts/ContactTableModel.h"
#include "contacts/EditContactCommand.h"
#include "contacts/TagManagerDialog.h"
#include "domain/ManualClock.h"
#include "main/MainWindow.h"
#include "settings/Settings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/TagStore.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace kith;
using kith::test::answerModal;

class TestTagManagerDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsTheSeededCategoriesFirst();
    void addTagWithColour();
    void addTagThroughThePrompt();
    void duplicateOrBadTagIsRefused();
    void renameUpdatesContactsAndSearch();
    void recolour();
    void deleteAsksFirst();
    void deletingACategoryWarns();
    void mainWindowOpensDialogAndRefreshes();

private:
    std::unique_ptr<TagManagerDialog> createDialog();
    qint64 addContact(const QString& given, const QStringList& tags);
    qint64 tagId(const QString& name) const;
    std::optional<Tag> storedTag(const QString& name) const;
    QStringList listedNames() const;
    int rowOf(const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TagStore> m_tags;
    std::unique_ptr<ContactStore> m_contacts;
    TagManagerDialog* m_dialog = nullptr;
    QTreeView* m_list = nullptr;
};

void TestTagManagerDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2025, 6, 2), QTime(9, 30), Qt::UTC));
    auto opened = Database::open(m_dir->filePath(QStringLiteral("kith.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_database = std::move(opened.value());
    m_tags = std::make_unique<TagStore>(*m_database);
    m_contacts = std::make_unique<ContactStore>(*m_database, *m_clock);
}

void TestTagManagerDialog::cleanup()
{
    m_dialog = nullptr;
    m_list = nullptr;
    m_contacts.reset();
    m_tags.reset();
    m_database.reset();
    m_clock.reset();
    m_dir.reset();
}

std::unique_ptr<TagManagerDialog> TestTagManagerDialog::createDialog()
{
    auto dialog = std::make_unique<TagManagerDialog>(*m_tags);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning() << "the tag dialog was not exposed";
    m_dialog = dialog.get();
    m_list = dialog->findChild<QTreeView*>(QStringLiteral("tagList"));
    return dialog;
}

qint64 TestTagManagerDialog::addContact(const QString& given, const QStringList& tags)
{
    Contact contact;
    contact.given = given;
    contact.tags = tags;
    auto id = m_contacts->add(contact);
    if (!id)
        qWarning() << id.error();
    return id ? *id : 0;
}

std::optional<Tag> TestTagManagerDialog::storedTag(const QString& name) const
{
    for (const Tag& tag : m_tags->all().value()) {
        if (tag.name == name)
            return tag;
    }
    return std::nullopt;
}

qint64 TestTagManagerDialog::tagId(const QString& name) const
{
    const std::optional<Tag> tag = storedTag(name);
    return tag ? tag->id : 0;
}

QStringList TestTagManagerDialog::listedNames() const
{
    QStringList names;
    const QAbstractItemModel* model = m_list->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, TagManagerDialog::NameColumn).data().toString();
    return names;
}

int TestTagManagerDialog::rowOf(const QString& name) const
{
    return int(listedNames().indexOf(name));
}

void TestTagManagerDialog::listsTheSeededCategoriesFirst()
{
    const qint64 climbing = m_tags->add({0, QStringLiteral("climbing"), QStringLiteral("#3a7bd5"), false}).value();
    addContact(QStringLiteral("Ada"), {QStringLiteral("family"), QStringLiteral("climbing")});
    addContact(QStringLiteral("Grace"), {QStringLiteral("family")});
    auto dialog = createDialog();
    QCOMPARE(dialog->objectName(), QStringLiteral("tagManagerDialog"));
    QVERIFY(m_list);
    for (const char* name : {"addTagButton", "renameTagButton", "colourTagButton", "deleteTagButton"})
        QVERIFY2(dialog->findChild<QPushButton*>(QString::fromLatin1(name)), name);

    QCOMPARE(listedNames(),
             (QStringList{QStringLiteral("acquaintance"), QStringLiteral("classmate"), QStringLiteral("colleague"),
                          QStringLiteral("family"), QStringLiteral("friend"), QStringLiteral("mentor"),
                          QStringLiteral("climbing")}));
    const QAbstractItemModel* model = m_list->model();
    for (int row = 0; row < 6; ++row) {
        QVERIFY(model->index(row, 0).data(TagManagerDialog::IsCategoryRole).toBool());
        QCOMPARE(model->index(row, TagManagerDialog::KindColumn).data().toString(), QStringLiteral("Category"));
        QVERIFY(model->index(row, 0).data(Qt::FontRole).value<QFont>().bold());
    }
    QVERIFY(!model->index(6, 0).data(TagManagerDialog::IsCategoryRole).toBool());
    QCOMPARE(model->index(6, 0).data(TagManagerDialog::TagIdRole).toLongLong(), climbing);
    QCOMPARE(model->index(6, 0).data(TagManagerDialog::ColorRole).toString(), QStringLiteral("#3a7bd5"));
    QVERIFY(!model->index(6, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model->index(rowOf(QStringLiteral("family")), TagManagerDialog::UsageColumn).data().toString(),
             QStringLiteral("2"));
    QCOMPARE(model->index(6, TagManagerDialog::UsageColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model->index(rowOf(QStringLiteral("mentor")), TagManagerDialog::UsageColumn).data().toString(),
             QStringLiteral("0"));
}

void TestTagManagerDialog::addTagWithColour()
{
    auto dialog = createDialog();
    QVERIFY(dialog->addTag(QStringLiteral("climbing"), QStringLiteral("#3a7bd5")));
    const std::optional<Tag> stored = storedTag(QStringLiteral("climbing"));
    QVERIFY(stored);
    QCOMPARE(stored->color, QStringLiteral("#3a7bd5"));
    QVERIFY(!stored->isCategory);
    QCOMPARE(m_tags->all().value().size(), 7);
    const int row = rowOf(QStringLiteral("climbing"));
    QCOMPARE(row, 6);
    QCOMPARE(m_list->model()->index(row, 0).data(TagManagerDialog::ColorRole).toString(), QStringLiteral("#3a7bd5"));
    QCOMPARE(dialog->currentTagId(), stored->id);
}

void TestTagManagerDialog::addTagThroughThePrompt()
{
    auto dialog = createDialog();
    auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addTagButton"));
    QVERIFY(add);
    QString shownColor;
    bool addDisabledWhileEmpty = false;
    const bool answered = answerModal([](QWidget* w) { return w->objectName() == QStringLiteral("addTagPrompt"); },
                                      [&shownColor, &addDisabledWhileEmpty](QWidget* prompt) {
                                          auto* name = prompt->findChild<QLineEdit*>(QStringLiteral("tagNameEdit"));
                                          auto* color =
                                              prompt->findChild<QPushButton*>(QStringLiteral("tagColorButton"));
                                          auto* box = prompt->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
                                          if (!name || !color || !box) {
                                              prompt->close();
                                              return;
                                          }
                                          addDisabledWhileEmpty = !box->button(QDialogButtonBox::Ok)->isEnabled();
                                          QTest::keyClicks(name, QStringLiteral("book club"));
                                          shownColor = color->text();
                                          QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
                                      },
                                      [add] { QTest::mouseClick(add, Qt::LeftButton); });
    QVERIFY(answered);
    QVERIFY(addDisabledWhileEmpty);
    const std::optional<Tag> stored = storedTag(QStringLiteral("book club"));
    QVERIFY(stored);
    QVERIFY(QColor::isValidColorName(shownColor));
    QCOMPARE(stored->color, shownColor);
    QVERIFY(listedNames().contains(QStringLiteral("book club")));
}

void TestTagManagerDialog::duplicateOrBadTagIsRefused()
{
    auto dialog = createDialog();
    QVERIFY(dialog->addTag(QStringLiteral("climbing"), QStringLiteral("#3a7bd5")));
    const QList<Tag> before = m_tags->all().value();
    const QStringList listedBefore = listedNames();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!dialog->addTag(QStringLiteral("Climbing"), QStringLiteral("#00aa00")));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("already exists")), qPrintable(MessageBox::lastText()));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!dialog->addTag(QStringLiteral("hiking"), QStringLiteral("green")));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("not a colour")), qPrintable(MessageBox::lastText()));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!dialog->renameTag(tagId(QStringLiteral("climbing")), QStringLiteral("Family")));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("already exists")), qPrintable(MessageBox::lastText()));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!dialog->setTagColor(tagId(QStringLiteral("climbing")), QStringLiteral("#12345")));

    QCOMPARE(m_tags->all().value(), before);
    QCOMPARE(listedNames(), listedBefore);
}

void TestTagManagerDialog::renameUpdatesContactsAndSearch()
{
    m_tags->add({0, QStringLiteral("climbing"), QStringLiteral("#3a7bd5"), false}).value();
    const qint64 ada = addContact(QStringLiteral("Ada"), {QStringLiteral("climbing")});
    auto dialog = createDialog();
    QVERIFY(dialog->selectTag(tagId(QStringLiteral("climbing"))));
    auto* rename = dialog->findChild<QPushButton*>(QStringLiteral("renameTagButton"));
    QVERIFY(rename && rename->isEnabled());

    QString offered;
    const bool answered = answerModal([](QWidget* w) { return qobject_cast<QInputDialog*>(w) != nullptr; },
                                      [&offered](QWidget* w) {
                                          auto* input = qobject_cast<QInputDialog*>(w);
                                          offered = input->textValue();
                                          input->setTextValue(QStringLiteral("bouldering"));
                                          input->accept();
                                      },
                                      [rename] { QTest::mouseClick(rename, Qt::LeftButton); });
    QVERIFY(answered);
    QCOMPARE(offered, QStringLiteral("climbing"));

    QCOMPARE(m_contacts->get(ada).value().tags, QStringList{QStringLiteral("bouldering")});
    ContactQuery query;
    query.search = QStringLiteral("boulder");
    QCOMPARE(m_contacts->ids(query).value(), QList<qint64>{ada});
    query.search = QStringLiteral("climbing");
    QVERIFY(m_contacts->ids(query).value().isEmpty());
    QVERIFY(listedNames().contains(QStringLiteral("bouldering")));
    QVERIFY(!listedNames().contains(QStringLiteral("climbing")));
    QCOMPARE(dialog->currentTagId(), tagId(QStringLiteral("bouldering")));
}

void TestTagManagerDialog::recolour()
{
    const qint64 id = m_tags->add({0, QStringLiteral("climbing"), QStringLiteral("#3a7bd5"), false}).value();
    auto dialog = createDialog();
    const QIcon before =
        m_list->model()->index(rowOf(QStringLiteral("climbing")), 0).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(dialog->setTagColor(id, QStringLiteral("#00aa00")));
    QCOMPARE(storedTag(QStringLiteral("climbing"))->color, QStringLiteral("#00aa00"));
    const QModelIndex index = m_list->model()->index(rowOf(QStringLiteral("climbing")), 0);
    QCOMPARE(index.data(TagManagerDialog::ColorRole).toString(), QStringLiteral("#00aa00"));
    const QImage swatch = index.data(Qt::DecorationRole).value<QIcon>().pixmap(14, 14).toImage();
    QCOMPARE(swatch.pixelColor(swatch.width() / 2, swatch.height() / 2), QColor(QStringLiteral("#00aa00")));
    QVERIFY(before.pixmap(14, 14).toImage() != swatch);
}

void TestTagManagerDialog::deleteAsksFirst()
{
    const qint64 id = m_tags->add({0, QStringLiteral("climbing"), QStringLiteral("#3a7bd5"), false}).value();
    const qint64 ada = addContact(QStringLiteral("Ada"), {QStringLiteral("climbing"), QStringLiteral("friend")});
    auto dialog = createDialog();
    QVERIFY(dialog->selectTag(id));
    auto* remove = dialog->findChild<QPushButton*>(QStringLiteral("deleteTagButton"));
    QVERIFY(remove && remove->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("“climbing”")), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("1 contact")), qPrintable(MessageBox::lastText()));
    QVERIFY(storedTag(QStringLiteral("climbing")));
    QCOMPARE(m_contacts->get(ada).value().tags, (QStringList{QStringLiteral("climbing"), QStringLiteral("friend")}));
    QVERIFY(listedNames().contains(QStringLiteral("climbing")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!storedTag(QStringLiteral("climbing")));
    QCOMPARE(m_contacts->get(ada).value().tags, QStringList{QStringLiteral("friend")});
    QVERIFY(!listedNames().contains(QStringLiteral("climbing")));
    QVERIFY(dialog->currentTagId() != 0); // the selection moved on, ready for the next one
}

void TestTagManagerDialog::deletingACategoryWarns()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), {QStringLiteral("family")});
    auto dialog = createDialog();
    const qint64 family = tagId(QStringLiteral("family"));
    QVERIFY(dialog->selectTag(family));

    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!dialog->deleteTag(family));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("categories")), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_contacts->get(ada).value().tags, QStringList{QStringLiteral("family")});

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(dialog->deleteTag(family));
    QVERIFY(!storedTag(QStringLiteral("family")));
    QVERIFY(m_contacts->get(ada).value().tags.isEmpty());
    QCOMPARE(listedNames().size(), 5);
}

void TestTagManagerDialog::mainWindowOpensDialogAndRefreshes()
{
    // The window brings its own stores; these would only keep the file busy.
    m_contacts.reset();
    m_tags.reset();
    Settings settings(m_dir->filePath(QStringLiteral("kith.conf")));
    MainWindow window(settings, *m_database, *m_clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    Contact ada;
    ada.given = QStringLiteral("Ada");
    ada.tags = {QStringLiteral("climbing")};
    const qint64 id = window.contactStore().add(ada).value();
    QVERIFY(window.selectContact(id));
    // An earlier edit that, undone after the rename, would bring "climbing" back.
    Contact edited = window.contactStore().get(id).value();
    edited.notes = QStringLiteral("Leads the Tuesday group");
    window.undoStack()->push(
        new EditContactCommand(window.contactStore(), window.contactStore().get(id).value(), edited, &window));
    QVERIFY(window.undoStack()->canUndo());

    auto* action = window.findChild<QAction*>(QStringLiteral("actionManageTags"));
    QVERIFY(action);
    QVERIFY(!action->toolTip().isEmpty());
    auto* contactMenu = window.findChild<QMenu*>(QStringLiteral("contactMenu"));
    QVERIFY(contactMenu && contactMenu->actions().contains(action));
    QVERIFY(action->isEnabled());

    qint64 climbing = 0;
    for (const Tag& tag : window.tagStore().all().value()) {
        if (tag.name == QStringLiteral("climbing"))
            climbing = tag.id;
    }
    QVERIFY(climbing != 0);

    bool renamed = false;
    const bool answered = answerModal([](QWidget* w) { return w->objectName() == QStringLiteral("tagManagerDialog"); },
                                      [climbing, &renamed](QWidget* w) {
                                          auto* dialog = qobject_cast<TagManagerDialog*>(w);
                                          renamed = dialog && dialog->renameTag(climbing, QStringLiteral("bouldering"));
                                          w->close();
                                      },
                                      [action] { action->trigger(); });
    QVERIFY(answered);
    QVERIFY(renamed);
    QVERIFY(!QApplication::activeModalWidget());

    const int row = window.contactModel()->rowOf(id);
    QVERIFY(row >= 0);
    QTRY_COMPARE(window.contactModel()->index(row, ContactTableModel::Tags).data().toString(),
                 QStringLiteral("bouldering"));
    QStringList chips;
    for (const QLabel* chip : window.detailPane()->findChildren<QLabel*>(QStringLiteral("tagChip")))
        chips << chip->text();
    QCOMPARE(chips, QStringList{QStringLiteral("bouldering")});
    QVERIFY(!window.undoStack()->canUndo());
}

QTEST_MAIN(TestTagManagerDialog)
#include "tst_tagmanagerdialog.moc"
