#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QSpinBox;
class QTimeEdit;

namespace kith {

class CircleStore;
class Settings;

// Edit > Preferences: how often to keep in touch with each circle, when birthdays remind, quiet
// hours, how Kith lives on the desktop (close to the tray, start at login), what counts in the
// strength of a tie, and the region of phone numbers written without a country code.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Settings& settings, CircleStore& circles, QWidget* parent = nullptr);

    // Writes every choice: the settings, the circles' cadence, the autostart entry.
    void accept() override;

    // Test seam: the program that the autostart entry starts (default: this one).
    void setExecutable(const QString& path) { m_executable = path; }

private:
    QWidget* createRemindersPage();
    QWidget* createDesktopPage();
    QWidget* createHealthPage();
    QWidget* createContactsPage();
    void updateState();

    Settings& m_settings;
    CircleStore& m_circles;
    QString m_executable;
    QHash<QString, QSpinBox*> m_cadenceSpins; // by circle key
    QHash<QString, std::optional<int>> m_cadenceBefore;
    QSpinBox* m_birthdayLeadSpin = nullptr;
    QTimeEdit* m_dateTimeEdit = nullptr;
    QCheckBox* m_quietCheck = nullptr;
    QTimeEdit* m_quietStartEdit = nullptr;
    QTimeEdit* m_quietEndEdit = nullptr;
    QCheckBox* m_closeToTrayCheck = nullptr;
    QCheckBox* m_startAtLoginCheck = nullptr;
    QDoubleSpinBox* m_reciprocityWeightSpin = nullptr;
    QDoubleSpinBox* m_historyWeightSpin = nullptr;
    QDoubleSpinBox* m_depthWeightSpin = nullptr;
    QComboBox* m_phoneRegionCombo = nullptr; // data: the region code, empty for the locale's
    QDialogButtonBox* m_buttonBox = nullptr;
};

} // namespace kith
