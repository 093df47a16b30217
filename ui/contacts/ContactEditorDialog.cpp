#include "contacts/ContactEditorDialog.h"

#include "widgets/LabeledValueListEditor.h"
#include "widgets/PartialDateEdit.h"
#include "widgets/PostalAddressListEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kith {

namespace {

constexpr int kPhotoSize = 120;
constexpr int kDefaultCadenceDays = 30;

QIcon swatch(const QString& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromString(color.isEmpty() ? QStringLiteral("#808080") : color));
    painter.drawEllipse(pixmap.rect().adjusted(1, 1, -1, -1));
    return QIcon(pixmap);
}

QWidget* scrollable(QWidget* content)
{
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

ContactEditorDialog::ContactEditorDialog(const QList<Circle>& circles, const QList<Tag>& tags, QWidget* parent)
    : QDialog(parent)
    , m_circles(circles)
    , m_tags(tags)
{
    setObjectName(QStringLiteral("contactEditorDialog"));
    setWindowTitle(tr("New Contact"));
    std::stable_sort(m_circles.begin(), m_circles.end(),
                     [](const Circle& a, const Circle& b) { return a.sortOrder < b.sortOrder; });
    // Categories (family, friend, ...) come first: they are the tags most people use.
    std::stable_partition(m_tags.begin(), m_tags.end(), [](const Tag& tag) { return tag.isCategory; });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_tabs->addTab(createContactTab(), tr("&Contact Details"));
    m_tabs->addTab(createAddressesTab(), tr("&Addresses"));
    m_tabs->addTab(createRelationshipTab(), tr("&Relationship"));
    m_tabs->addTab(createNotesTab(), tr("&Notes"));

    m_nameHintLabel = new QLabel(tr("Enter a name, a nickname, an organisation or an email address to save."), this);
    m_nameHintLabel->setObjectName(QStringLiteral("nameHintLabel"));
    m_nameHintLabel->setWordWrap(true);

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_nameHintLabel, 1);
    bottom->addWidget(m_buttonBox);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addLayout(bottom);

    for (QLineEdit* edit : {m_prefixEdit, m_givenEdit, m_additionalEdit, m_familyEdit, m_suffixEdit, m_displayNameEdit,
                            m_nicknameEdit, m_organizationEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &ContactEditorDialog::updateState);
    }
    connect(m_emailsEditor, &LabeledValueListEditor::changed, this, &ContactEditorDialog::updateState);

    resize(720, 600);
    setContact(Contact{});
}

QWidget* ContactEditorDialog::createGeneralTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout;

    m_prefixEdit = addLineEdit(QStringLiteral("prefixEdit"));
    m_prefixEdit->setPlaceholderText(tr("e.g. Dr."));
    m_givenEdit = addLineEdit(QStringLiteral("givenEdit"));
    m_additionalEdit = addLineEdit(QStringLiteral("additionalEdit"));
    m_familyEdit = addLineEdit(QStringLiteral("familyEdit"));
    m_suffixEdit = addLineEdit(QStringLiteral("suffixEdit"));
    m_suffixEdit->setPlaceholderText(tr("e.g. Jr."));
    m_displayNameEdit = addLineEdit(QStringLiteral("displayNameEdit"));
    m_displayNameEdit->setToolTip(tr("How the contact is listed. Leave empty to use the name above."));
    m_nicknameEdit = addLineEdit(QStringLiteral("nicknameEdit"));
    m_organizationEdit = addLineEdit(QStringLiteral("organizationEdit"));
    m_titleEdit = addLineEdit(QStringLiteral("titleEdit"));
    m_titleEdit->setPlaceholderText(tr("Job title"));

    form->addRow(tr("&Prefix:"), m_prefixEdit);
    form->addRow(tr("&Given name:"), m_givenEdit);
    form->addRow(tr("&Middle name:"), m_additionalEdit);
    form->addRow(tr("&Family name:"), m_familyEdit);
    form->addRow(tr("Su&ffix:"), m_suffixEdit);
    form->addRow(tr("&Display name:"), m_displayNameEdit);
    form->addRow(tr("Nic&kname:"), m_nicknameEdit);
    form->addRow(tr("&Organisation:"), m_organizationEdit);
    form->addRow(tr("&Title:"), m_titleEdit);

    m_birthdayEdit = new PartialDateEdit;
    m_birthdayEdit->setObjectName(QStringLiteral("birthdayEdit"));
    m_anniversaryEdit = new PartialDateEdit;
    m_anniversaryEdit->setObjectName(QStringLiteral("anniversaryEdit"));
    form->addRow(tr("&Birthday:"), m_birthdayEdit);
    form->addRow(tr("A&nniversary:"), m_anniversaryEdit);

    // The photo column: thumbnail, then its buttons and any refusal message.
    m_photoLabel = new QLabel;
    m_photoLabel->setObjectName(QStringLiteral("photoLabel"));
    m_photoLabel->setFixedSize(kPhotoSize, kPhotoSize);
    m_photoLabel->setAlignment(Qt::AlignCenter);
    m_photoLabel->setFrameShape(QFrame::StyledPanel);
    m_photoLabel->setAccessibleName(tr("Photo"));

    auto* chooseButton = new QPushButton(tr("C&hoose Image…"));
    chooseButton->setObjectName(QStringLiteral("choosePhotoButton"));
    chooseButton->setToolTip(tr("Use an image file as this contact's photo (at most 5 MB)"));
    m_removePhotoButton = new QPushButton(tr("Remo&ve Photo"));
    m_removePhotoButton->setObjectName(QStringLiteral("removePhotoButton"));
    connect(chooseButton, &QPushButton::clicked, this, &ContactEditorDialog::choosePhoto);
    connect(m_removePhotoButton, &QPushButton::clicked, this, [this] {
        setPhoto({});
        showPhotoMessage({});
    });

    m_photoMessageLabel = new QLabel;
    m_photoMessageLabel->setObjectName(QStringLiteral("photoMessageLabel"));
    m_photoMessageLabel->setWordWrap(true);
    m_photoMessageLabel->setFixedWidth(kPhotoSize + 40);
    QPalette palette = m_photoMessageLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_photoMessageLabel->setPalette(palette);
    m_photoMessageLabel->hide();

    auto* photoColumn = new QVBoxLayout;
    photoColumn->addWidget(m_photoLabel, 0, Qt::AlignHCenter);
    photoColumn->addWidget(chooseButton);
    photoColumn->addWidget(m_removePhotoButton);
    photoColumn->addWidget(m_photoMessageLabel);
    photoColumn->addStretch();

    auto* layout = new QHBoxLayout(page);
    layout->addLayout(form, 1);
    layout->addSpacing(12);
    layout->addLayout(photoColumn);
    return page;
}

QWidget* ContactEditorDialog::createContactTab()
{
    using Preset = LabeledValueListEditor::Preset;
    const QString home = QStringLiteral("home");
    const QString work = QStringLiteral("work");
    const QString other = QStringLiteral("other");

    m_emailsEditor = new LabeledValueListEditor({{home, tr("Home")}, {work, tr("Work")}, {other, tr("Other")}},
                                                tr("name@example.com"), tr("Add Email"));
    m_emailsEditor->setObjectName(QStringLiteral("emailsEditor"));

    m_phonesEditor = new LabeledValueListEditor({{QStringLiteral("mobile"), tr("Mobile")},
                                                 {home, tr("Home")},
                                                 {work, tr("Work")},
                                                 {QStringLiteral("fax"), tr("Fax")},
                                                 {other, tr("Other")}},
                                                tr("+44 20 7946 0000"), tr("Add Phone"));
    m_phonesEditor->setObjectName(QStringLiteral("phonesEditor"));

    m_urlsEditor = new LabeledValueListEditor({{QStringLiteral("homepage"), tr("Homepage")},
                                               {work, tr("Work")},
                                               {QStringLiteral("blog"), tr("Blog")},
                                               {other, tr("Other")}},
                                              tr("https://…"), tr("Add Website"));
    m_urlsEditor->setObjectName(QStringLiteral("urlsEditor"));

    // Network names are proper nouns: they are not translated.
    const QList<Preset> networks = {{QStringLiteral("linkedin"), QStringLiteral("LinkedIn")},
                                    {QStringLiteral("mastodon"), QStringLiteral("Mastodon")},
                                    {QStringLiteral("github"), QStringLiteral("GitHub")},
                                    {QStringLiteral("x"), QStringLiteral("X")},
                                    {QStringLiteral("bluesky"), QStringLiteral("Bluesky")},
                                    {QStringLiteral("instagram"), QStringLiteral("Instagram")},
                                    {QStringLiteral("facebook"), QStringLiteral("Facebook")},
                                    {other, tr("Other")}};
    m_socialEditor = new LabeledValueListEditor(networks, tr("Profile URL or handle"), tr("Add Profile"));
    m_socialEditor->setObjectName(QStringLiteral("socialEditor"));

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    const std::pair<QString, LabeledValueListEditor*> groups[] = {{tr("Email addresses"), m_emailsEditor},
                                                                  {tr("Phone numbers"), m_phonesEditor},
                                                                  {tr("Websites"), m_urlsEditor},
                                                                  {tr("Social profiles"), m_socialEditor}};
    for (const auto& [title, editor] : groups) {
        auto* box = new QGroupBox(title);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(editor);
        layout->addWidget(box);
    }
    layout->addStretch();
    return scrollable(page);
}

QWidget* ContactEditorDialog::createAddressesTab()
{
    m_addressesEditor = new PostalAddressListEditor;
    m_addressesEditor->setObjectName(QStringLiteral("addressesEditor"));
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_addressesEditor);
    return scrollable(page);
}

QWidget* ContactEditorDialog::createRelationshipTab()
{
    m_circleCombo = new QComboBox;
    m_circleCombo->setObjectName(QStringLiteral("circleCombo"));
    m_circleCombo->setToolTip(tr("How close you are; each circle has a default keep-in-touch cadence"));
    connect(m_circleCombo, &QComboBox::currentIndexChanged, this, &ContactEditorDialog::updateCadence);

    m_cadenceCheck = new QCheckBox(tr("Own cadence: every"));
    m_cadenceCheck->setObjectName(QStringLiteral("cadenceCheck"));
    m_cadenceCheck->setToolTip(tr("Keep in touch with this person more or less often than their circle says"));
    m_cadenceSpin = new QSpinBox;
    m_cadenceSpin->setObjectName(QStringLiteral("cadenceSpin"));
    m_cadenceSpin->setRange(1, 3650);
    m_cadenceSpin->setSuffix(tr(" days"));
    m_cadenceSpin->setValue(kDefaultCadenceDays);
    connect(m_cadenceCheck, &QCheckBox::toggled, this, &ContactEditorDialog::updateCadence);
    auto* cadenceRow = new QHBoxLayout;
    cadenceRow->addWidget(m_cadenceCheck);
    cadenceRow->addWidget(m_cadenceSpin);
    cadenceRow->addStretch();

    m_priorityCombo = new QComboBox;
    m_priorityCombo->setObjectName(QStringLiteral("priorityCombo"));
    m_priorityCombo->addItem(tr("None"), static_cast<int>(Priority::None));
    m_priorityCombo->addItem(tr("Low"), static_cast<int>(Priority::Low));
    m_priorityCombo->addItem(tr("Normal"), static_cast<int>(Priority::Normal));
    m_priorityCombo->addItem(tr("High"), static_cast<int>(Priority::High));

    m_closenessCombo = new QComboBox;
    m_closenessCombo->setObjectName(QStringLiteral("closenessCombo"));
    m_closenessCombo->setToolTip(tr("How close you feel to this person; it counts in the strength of your tie"));
    m_closenessCombo->addItem(tr("Not rated"), QVariant());
    m_closenessCombo->addItem(tr("1 — distant"), 1);
    m_closenessCombo->addItem(tr("2"), 2);
    m_closenessCombo->addItem(tr("3 — friendly"), 3);
    m_closenessCombo->addItem(tr("4"), 4);
    m_closenessCombo->addItem(tr("5 — very close"), 5);

    m_tagsList = new QListWidget;
    m_tagsList->setObjectName(QStringLiteral("tagsList"));
    m_tagsList->setToolTip(tr("Tick the tags that apply; categories are listed first, in bold"));
    m_tagsList->setMinimumHeight(120);

    m_newTagEdit = new QLineEdit;
    m_newTagEdit->setObjectName(QStringLiteral("newTagEdit"));
    m_newTagEdit->setPlaceholderText(tr("Type a tag and press Enter"));
    QStringList tagNames;
    for (const Tag& tag : std::as_const(m_tags))
        tagNames << tag.name;
    auto* completer = new QCompleter(tagNames, m_newTagEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_newTagEdit->setCompleter(completer);
    auto* addTagButton = new QPushButton(tr("Add Tag"));
    addTagButton->setObjectName(QStringLiteral("addTagButton"));
    addTagButton->setAutoDefault(false);
    m_newTagEdit->installEventFilter(this);
    // Picking a suggestion ticks that tag; queued, because the completer fills the field after the signal.
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this] { QMetaObject::invokeMethod(this, &ContactEditorDialog::addTypedTag, Qt::QueuedConnection); });
    connect(addTagButton, &QPushButton::clicked, this, &ContactEditorDialog::addTypedTag);
    auto* newTagRow = new QHBoxLayout;
    newTagRow->addWidget(m_newTagEdit, 1);
    newTagRow->addWidget(addTagButton);
    auto* tagsColumn = new QVBoxLayout;
    tagsColumn->addWidget(m_tagsList, 1);
    tagsColumn->addLayout(newTagRow);

    m_howMetEdit = addLineEdit(QStringLiteral("howMetEdit"));
    m_howMetEdit->setPlaceholderText(tr("e.g. introduced by Sam"));
    m_whereMetEdit = addLineEdit(QStringLiteral("whereMetEdit"));
    m_whereMetEdit->setPlaceholderText(tr("e.g. PyCon 2019, Berlin"));

    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->addRow(tr("C&ircle:"), m_circleCombo);
    form->addRow(tr("Keep in touch:"), cadenceRow);
    form->addRow(tr("&Priority:"), m_priorityCombo);
    form->addRow(tr("C&loseness:"), m_closenessCombo);
    auto* tagsLabel = new QLabel(tr("Ta&gs:"));
    tagsLabel->setBuddy(m_tagsList);
    form->addRow(tagsLabel, tagsColumn);
    form->addRow(tr("&How we met:"), m_howMetEdit);
    form->addRow(tr("&Where we met:"), m_whereMetEdit);
    return page;
}

QWidget* ContactEditorDialog::createNotesTab()
{
    m_notesEdit = new QPlainTextEdit;
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_notesEdit->setPlaceholderText(tr("Anything worth remembering: family, interests, what you talked about…"));
    m_notesEdit->setTabChangesFocus(true);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_notesEdit);
    return page;
}

QLineEdit* ContactEditorDialog::addLineEdit(const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    return edit;
}

void ContactEditorDialog::setContact(const Contact& contact)
{
    m_contact = contact;
    setWindowTitle(contact.id == 0 ? tr("New Contact") : tr("Edit Contact"));

    m_prefixEdit->setText(contact.prefix);
    m_givenEdit->setText(contact.given);
    m_additionalEdit->setText(contact.additional);
    m_familyEdit->setText(contact.family);
    m_suffixEdit->setText(contact.suffix);
    m_displayNameEdit->setText(contact.displayName);
    m_nicknameEdit->setText(contact.nickname);
    m_organizationEdit->setText(contact.organization);
    m_titleEdit->setText(contact.title);
    m_birthdayEdit->setDate(contact.birthday);
    m_anniversaryEdit->setDate(contact.anniversary);

    m_emailsEditor->setValues(contact.emails);
    m_phonesEditor->setValues(contact.phones);
    m_urlsEditor->setValues(contact.urls);
    m_socialEditor->setValues(contact.socialProfiles);
    m_addressesEditor->setAddresses(contact.addresses);

    populateCircles(contact.circle);
    m_circleCombo->setCurrentIndex(std::max(0, m_circleCombo->findData(contact.circle)));
    m_cadenceCheck->setChecked(contact.cadenceDays.has_value());
    if (contact.cadenceDays)
        m_cadenceSpin->setValue(*contact.cadenceDays);
    updateCadence();
    m_priorityCombo->setCurrentIndex(std::max(0, m_priorityCombo->findData(static_cast<int>(contact.priority))));
    m_closenessCombo->setCurrentIndex(contact.closeness ? std::max(0, m_closenessCombo->findData(*contact.closeness))
                                                        : 0);
    populateTags(contact.tags);
    setCheckedTags(contact.tags);
    m_newTagEdit->clear();
    m_howMetEdit->setText(contact.howMet);
    m_whereMetEdit->setText(contact.whereMet);
    m_notesEdit->setPlainText(contact.notes);

    setPhoto(contact.photo);
    showPhotoMessage({});
    m_tabs->setCurrentIndex(0);
    m_givenEdit->setFocus();
    updateState();
}

Contact ContactEditorDialog::contact() const
{
    Contact c = m_contact;
    c.prefix = m_prefixEdit->text().trimmed();
    c.given = m_givenEdit->text().trimmed();
    c.additional = m_additionalEdit->text().trimmed();
    c.family = m_familyEdit->text().trimmed();
    c.suffix = m_suffixEdit->text().trimmed();
    c.displayName = m_displayNameEdit->text().trimmed();
    c.nickname = m_nicknameEdit->text().trimmed();
    c.organization = m_organizationEdit->text().trimmed();
    c.title = m_titleEdit->text().trimmed();
    c.emails = m_emailsEditor->values();
    c.phones = m_phonesEditor->values();
    c.urls = m_urlsEditor->values();
    c.socialProfiles = m_socialEditor->values();
    c.addresses = m_addressesEditor->addresses();
    c.birthday = m_birthdayEdit->date();
    c.anniversary = m_anniversaryEdit->date();
    c.circle = m_circleCombo->currentData().toString();
    c.cadenceDays = m_cadenceCheck->isChecked() ? std::optional<int>(m_cadenceSpin->value()) : std::nullopt;
    c.tags = checkedTags();
    c.priority = static_cast<Priority>(m_priorityCombo->currentData().toInt());
    const QVariant closeness = m_closenessCombo->currentData();
    c.closeness = closeness.isValid() ? std::optional<int>(closeness.toInt()) : std::nullopt;
    c.howMet = m_howMetEdit->text().trimmed();
    c.whereMet = m_whereMetEdit->text().trimmed();
    c.notes = m_notesEdit->toPlainText();
    c.photo = m_photo;
    return c;
}

void ContactEditorDialog::populateCircles(const QString& extraKey)
{
    m_circleCombo->clear();
    m_circleCombo->addItem(tr("None"), QString());
    bool extraKnown = extraKey.isEmpty();
    for (const Circle& circle : std::as_const(m_circles)) {
        QString text = circle.name;
        if (circle.cadenceDays) {
            text = *circle.cadenceDays == 1 ? tr("%1 (every day)").arg(circle.name)
                                            : tr("%1 (every %2 days)").arg(circle.name).arg(*circle.cadenceDays);
        }
        m_circleCombo->addItem(text, circle.key);
        extraKnown = extraKnown || circle.key == extraKey;
    }
    // A circle the caller did not offer is kept rather than silently dropped.
    if (!extraKnown)
        m_circleCombo->addItem(extraKey, extraKey);
}

void ContactEditorDialog::populateTags(const QStringList& extraTags)
{
    m_tagsList->clear();
    QFont categoryFont = m_tagsList->font();
    categoryFont.setBold(true);
    auto addItem = [this](const QString& name, const QString& color) {
        auto* item = new QListWidgetItem(swatch(color), name, m_tagsList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, name);
        return item;
    };
    for (const Tag& tag : std::as_const(m_tags)) {
        QListWidgetItem* item = addItem(tag.name, tag.color);
        if (tag.isCategory) {
            item->setFont(categoryFont);
            item->setToolTip(tr("Category"));
        }
    }
    for (const QString& name : extraTags) {
        const bool known = std::any_of(m_tags.cbegin(), m_tags.cend(), [&](const Tag& t) { return t.name == name; });
        if (!known)
            addItem(name, {});
    }
}

void ContactEditorDialog::setCheckedTags(const QStringList& tags)
{
    for (int i = 0; i < m_tagsList->count(); ++i) {
        QListWidgetItem* item = m_tagsList->item(i);
        item->setCheckState(tags.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList ContactEditorDialog::checkedTags() const
{
    QStringList checked;
    for (int i = 0; i < m_tagsList->count(); ++i) {
        const QListWidgetItem* item = m_tagsList->item(i);
        if (item->checkState() == Qt::Checked)
            checked << item->data(Qt::UserRole).toString();
    }
    // Keep the contact's own order for the tags it already had; new ones follow.
    QStringList result;
    for (const QString& tag : std::as_const(m_contact.tags)) {
        if (checked.contains(tag) && !result.contains(tag))
            result << tag;
    }
    for (const QString& tag : std::as_const(checked)) {
        if (!result.contains(tag))
            result << tag;
    }
    return result;
}

bool ContactEditorDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the new-tag field adds the tag instead of closing the dialog.
    if (watched == m_newTagEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !m_newTagEdit->text().trimmed().isEmpty()) {
            addTypedTag();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ContactEditorDialog::addTypedTag()
{
    const QString name = m_newTagEdit->text().simplified();
    if (name.isEmpty())
        return;
    QListWidgetItem* found = nullptr;
    for (int i = 0; i < m_tagsList->count() && !found; ++i) {
        if (m_tagsList->item(i)->data(Qt::UserRole).toString().compare(name, Qt::CaseInsensitive) == 0)
            found = m_tagsList->item(i);
    }
    if (!found) {
        found = new QListWidgetItem(swatch({}), name, m_tagsList);
        found->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        found->setData(Qt::UserRole, name);
        found->setToolTip(tr("New tag"));
    }
    found->setCheckState(Qt::Checked);
    m_tagsList->scrollToItem(found);
    m_newTagEdit->clear();
}

void ContactEditorDialog::choosePhoto()
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString filter = tr("Images (%1)").arg(patterns.join(QLatin1Char(' ')));
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose Photo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), filter);
    if (!path.isEmpty())
        loadPhotoFile(path);
}

bool ContactEditorDialog::loadPhotoFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.size() > MaxPhotoBytes) {
        showPhotoMessage(tr("“%1” is too large: a photo can be at most %2. Choose a smaller image.")
                             .arg(info.fileName(), QLocale().formattedDataSize(MaxPhotoBytes, 0)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showPhotoMessage(tr("“%1” could not be read: %2").arg(info.fileName(), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (QImage::fromData(bytes).isNull()) {
        showPhotoMessage(tr("“%1” is not an image Kith can read.").arg(info.fileName()));
        return false;
    }
    setPhoto(bytes);
    showPhotoMessage({});
    return true;
}

void ContactEditorDialog::setPhoto(const QByteArray& photo)
{
    m_photo = photo;
    QPixmap pixmap;
    if (!photo.isEmpty() && pixmap.loadFromData(photo)) {
        const qreal ratio = devicePixelRatioF();
        pixmap =
            pixmap.scaled(QSize(kPhotoSize - 4, kPhotoSize - 4) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        pixmap.setDevicePixelRatio(ratio);
        m_photoLabel->setPixmap(pixmap);
    } else {
        m_photoLabel->setPixmap({});
        m_photoLabel->setText(photo.isEmpty() ? tr("No photo") : tr("Unreadable photo"));
    }
    m_removePhotoButton->setEnabled(!photo.isEmpty());
}

void ContactEditorDialog::showPhotoMessage(const QString& message)
{
    m_photoMessageLabel->setText(message);
    m_photoMessageLabel->setVisible(!message.isEmpty());
}

void ContactEditorDialog::updateCadence()
{
    const bool own = m_cadenceCheck->isChecked();
    m_cadenceSpin->setEnabled(own);
    if (own)
        return;
    // While the circle's cadence applies, show it, so that ticking the box starts from there.
    const QString key = m_circleCombo->currentData().toString();
    for (const Circle& circle : std::as_const(m_circles)) {
        if (circle.key == key && circle.cadenceDays)
            m_cadenceSpin->setValue(*circle.cadenceDays);
    }
}

void ContactEditorDialog::updateState()
{
    Contact current = m_contact;
    current.prefix = m_prefixEdit->text();
    current.given = m_givenEdit->text();
    current.additional = m_additionalEdit->text();
    current.family = m_familyEdit->text();
    current.suffix = m_suffixEdit->text();
    current.displayName = m_displayNameEdit->text();
    current.nickname = m_nicknameEdit->text().trimmed();
    current.organization = m_organizationEdit->text().trimmed();
    current.emails = m_emailsEditor->values();

    const QString composed = current.composedName();
    m_displayNameEdit->setPlaceholderText(composed.isEmpty() ? tr("Name as listed") : composed);

    const QString name = current.effectiveName();
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!name.isEmpty());
    m_nameHintLabel->setVisible(name.isEmpty());
    if (m_contact.id != 0)
        setWindowTitle(name.isEmpty() ? tr("Edit Contact") : tr("Edit %1").arg(name));
}

} // namespace kith
