#pragma once

#include "domain/Circle.h"
#include "domain/Contact.h"
#include "domain/Tag.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace kith {

class LabeledValueListEditor;
class PartialDateEdit;
class PostalAddressListEditor;

// Creates or edits one contact, every field of it. Holds no data of its own beyond the contact
// being edited: the caller passes the circles and tags to offer and saves what contact() returns.
class ContactEditorDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactEditorDialog)

public:
    // Photos larger than this are refused: they would bloat the database and every export.
    static constexpr qint64 MaxPhotoBytes = 5 * 1024 * 1024;

    ContactEditorDialog(const QList<Circle>& circles, const QList<Tag>& tags, QWidget* parent = nullptr);

    void setContact(const Contact& contact);
    // The edited contact; id, uid and timestamps are those of the contact given to setContact().
    Contact contact() const;

    // Takes the photo from an image file; refuses (with a message in the dialog) files over
    // MaxPhotoBytes and files that are not images. What "Choose image..." does after the file dialog.
    bool loadPhotoFile(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createGeneralTab();
    QWidget* createContactTab();
    QWidget* createAddressesTab();
    QWidget* createRelationshipTab();
    QWidget* createNotesTab();

    QLineEdit* addLineEdit(const QString& objectName);
    void populateCircles(const QString& extraKey);
    void populateTags(const QStringList& extraTags);
    void setCheckedTags(const QStringList& tags);
    QStringList checkedTags() const;
    void addTypedTag();
    void choosePhoto();
    void setPhoto(const QByteArray& photo);
    void showPhotoMessage(const QString& message);
    void updateCadence();
    void updateState();

    QList<Circle> m_circles;
    QList<Tag> m_tags;
    Contact m_contact;
    QByteArray m_photo;

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_prefixEdit = nullptr;
    QLineEdit* m_givenEdit = nullptr;
    QLineEdit* m_additionalEdit = nullptr;
    QLineEdit* m_familyEdit = nullptr;
    QLineEdit* m_suffixEdit = nullptr;
    QLineEdit* m_displayNameEdit = nullptr;
    QLineEdit* m_nicknameEdit = nullptr;
    QLineEdit* m_organizationEdit = nullptr;
    QLineEdit* m_titleEdit = nullptr;
    PartialDateEdit* m_birthdayEdit = nullptr;
    PartialDateEdit* m_anniversaryEdit = nullptr;
    QLabel* m_photoLabel = nullptr;
    QPushButton* m_removePhotoButton = nullptr;
    QLabel* m_photoMessageLabel = nullptr;

    LabeledValueListEditor* m_emailsEditor = nullptr;
    LabeledValueListEditor* m_phonesEditor = nullptr;
    LabeledValueListEditor* m_urlsEditor = nullptr;
    LabeledValueListEditor* m_socialEditor = nullptr;
    PostalAddressListEditor* m_addressesEditor = nullptr;

    QComboBox* m_circleCombo = nullptr;
    QCheckBox* m_cadenceCheck = nullptr;
    QSpinBox* m_cadenceSpin = nullptr;
    QComboBox* m_priorityCombo = nullptr;
    QComboBox* m_closenessCombo = nullptr;
    QListWidget* m_tagsList = nullptr;
    QLineEdit* m_newTagEdit = nullptr;
    QLineEdit* m_howMetEdit = nullptr;
    QLineEdit* m_whereMetEdit = nullptr;
    QPlainTextEdit* m_notesEdit = nullptr;

    QLabel* m_nameHintLabel = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
};

} // namespace kith
