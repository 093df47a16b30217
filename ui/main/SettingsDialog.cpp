#include "main/SettingsDialog.h"

#include "phone/PhoneNumbers.h"
#include "settings/AutostartEntry.h"
#include "settings/Settings.h"
#include "storage/CircleStore.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace kith {

namespace {

constexpr int MaxCadenceDays = 3650;

QTime timeSetting(const Settings& settings, Settings::Key key)
{
    QTime time = QTime::fromString(settings.value(key).toString(), QStringLiteral("HH:mm"));
    if (!time.isValid())
        time = QTime::fromString(Settings::defaultValue(key).toString(), QStringLiteral("HH:mm"));
    return time;
}

QTimeEdit* makeTimeEdit(const char* objectName, QTime time, const QString& toolTip, QWidget* parent)
{
    auto* edit = new QTimeEdit(time, parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setToolTip(toolTip);
    return edit;
}

// "United Kingdom (+44)": the name Qt knows the region by (the code when it knows none), and its calling code.
// Qt 6.4 names territories in English only, after its enum ("Bosnia And Herzegovina"): the small words are
// written small.
QString regionText(const QString& region, int callingCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    QString name = territory == QLocale::AnyTerritory ? region : QLocale::territoryToString(territory);
    name.replace(QLatin1String(" And "), QLatin1String(" and ")).replace(QLatin1String(" Of "), QLatin1String(" of "));
    return QStringLiteral("%1 (+%2)").arg(name).arg(callingCode);
}

// A greyed, wrapped sentence under a group's controls: what they do, in plain words.
QLabel* makeNote(const QString& text, QWidget* parent)
{
    auto* note = new QLabel(text, parent);
    note->setEnabled(false);
    note->setWordWrap(true);
    return note;
}

// A page of group boxes (or single controls), one under the other, the space left below them.
QWidget* stackedPage(QWidget* page, const QList<QWidget*>& parts)
{
    auto* layout = new QVBoxLayout(page);
    for (QWidget* part : parts)
        layout->addWidget(part);
    layout->addStretch();
    return page;
}

} // namespace

SettingsDialog::SettingsDialog(Settings& settings, CircleStore& circles, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_circles(circles)
    , m_executable(QCoreApplication::applicationFilePath())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(createRemindersPage(), tr("&Reminders"));
    tabs->addTab(createDesktopPage(), tr("&Desktop"));
    tabs->addTab(createHealthPage(), tr("&Health"));
    tabs->addTab(createContactsPage(), tr("&Contacts"));

    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_buttonBox);
    updateState();
}

QWidget* SettingsDialog::createRemindersPage()
{
    auto* page = new QWidget(this);

    auto* cadenceBox = new QGroupBox(tr("Keep in touch with each circle every"), page);
    auto* cadenceForm = new QFormLayout(cadenceBox);
    auto all = m_circles.all();
    if (all) {
        for (const Circle& circle : *all) {
            auto* spin = new QSpinBox(cadenceBox);
            spin->setObjectName(QStringLiteral("cadenceSpin_") + circle.key);
            spin->setRange(0, MaxCadenceDays);
            spin->setSpecialValueText(tr("No reminders"));
            spin->setSuffix(tr(" days"));
            spin->setValue(circle.cadenceDays.value_or(0));
            spin->setToolTip(tr("Remind me when I have not been in touch with someone in the %1 circle for this "
                                "many days (a contact's own cadence comes first)")
                                 .arg(circle.name));
            cadenceForm->addRow(circle.name + QLatin1Char(':'), spin);
            m_cadenceSpins.insert(circle.key, spin);
            m_cadenceBefore.insert(circle.key, circle.cadenceDays);
        }
    } else {
        cadenceForm->addRow(new QLabel(all.error(), cadenceBox));
    }

    auto* datesBox = new QGroupBox(tr("Birthdays and anniversaries"), page);
    auto* datesForm = new QFormLayout(datesBox);
    m_birthdayLeadSpin = new QSpinBox(datesBox);
    m_birthdayLeadSpin->setObjectName(QStringLiteral("birthdayLeadSpin"));
    m_birthdayLeadSpin->setRange(0, 60);
    m_birthdayLeadSpin->setSpecialValueText(tr("Only on the day"));
    m_birthdayLeadSpin->setSuffix(tr(" days before, and on the day"));
    m_birthdayLeadSpin->setValue(m_settings.value(Settings::Key::BirthdayLeadDays).toInt());
    m_birthdayLeadSpin->setToolTip(tr("How many days before a birthday or anniversary to be reminded"));
    datesForm->addRow(tr("Remind me:"), m_birthdayLeadSpin);
    m_dateTimeEdit = makeTimeEdit("dateReminderTimeEdit", timeSetting(m_settings, Settings::Key::DateReminderTime),
                                  tr("The time of day at which date reminders pop up"), datesBox);
    datesForm->addRow(tr("At:"), m_dateTimeEdit);

    auto* quietBox = new QGroupBox(tr("Quiet hours"), page);
    auto* quietLayout = new QVBoxLayout(quietBox);
    m_quietCheck = new QCheckBox(tr("No pop-ups between"), quietBox);
    m_quietCheck->setObjectName(QStringLiteral("quietHoursCheck"));
    m_quietCheck->setToolTip(tr("Reminders that fall due in this window are shown when it ends"));
    m_quietCheck->setChecked(m_settings.value(Settings::Key::QuietHoursEnabled).toBool());
    connect(m_quietCheck, &QCheckBox::toggled, this, &SettingsDialog::updateState);
    m_quietStartEdit = makeTimeEdit("quietStartEdit", timeSetting(m_settings, Settings::Key::QuietHoursStart),
                                    tr("Quiet hours start"), quietBox);
    m_quietEndEdit = makeTimeEdit("quietEndEdit", timeSetting(m_settings, Settings::Key::QuietHoursEnd),
                                  tr("Quiet hours end (the next morning if earlier than the start)"), quietBox);
    auto* quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quietCheck);
    quietRow->addWidget(m_quietStartEdit);
    quietRow->addWidget(new QLabel(tr("and"), quietBox));
    quietRow->addWidget(m_quietEndEdit);
    quietRow->addStretch();
    quietLayout->addLayout(quietRow);
    quietLayout->addWidget(makeNote(tr("Reminders that come due then are shown when quiet hours end."), quietBox));

    return stackedPage(page, {cadenceBox, datesBox, quietBox});
}

QWidget* SettingsDialog::createDesktopPage()
{
    auto* page = new QWidget(this);
    m_closeToTrayCheck = new QCheckBox(tr("&Keep running in the system tray when the window is closed"), page);
    m_closeToTrayCheck->setObjectName(QStringLiteral("closeToTrayCheck"));
    m_closeToTrayCheck->setToolTip(tr("Reminders keep popping up while the window is closed; Quit ends Kith"));
    m_closeToTrayCheck->setChecked(m_settings.value(Settings::Key::CloseToTray).toBool());

    m_startAtLoginCheck = new QCheckBox(tr("&Start Kith in the tray when I log in"), page);
    m_startAtLoginCheck->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_startAtLoginCheck->setToolTip(tr("Adds Kith to your desktop's autostart programs"));
    m_startAtLoginCheck->setChecked(m_settings.value(Settings::Key::StartAtLogin).toBool() ||
                                    AutostartEntry::isEnabled());

    return stackedPage(page, {m_closeToTrayCheck, m_startAtLoginCheck});
}

QWidget* SettingsDialog::createHealthPage()
{
    auto* page = new QWidget(this);
    auto* box = new QGroupBox(tr("What counts in the strength of a tie"), page);
    auto* form = new QFormLayout(box);
    auto makeSpin = [&](QDoubleSpinBox*& spin, const char* objectName, Settings::Key key, const QString& label,
                        const QString& toolTip) {
        spin = new QDoubleSpinBox(box);
        spin->setObjectName(QString::fromLatin1(objectName));
        spin->setRange(0, 10);
        spin->setSingleStep(0.5);
        spin->setDecimals(1);
        spin->setValue(m_settings.value(key).toDouble());
        spin->setToolTip(toolTip);
        form->addRow(label, spin);
    };
    makeSpin(m_reciprocityWeightSpin, "reciprocityWeightSpin", Settings::Key::StrengthReciprocityWeight,
             tr("Both reaching out:"), tr("How much it counts that you both start conversations, not only you"));
    makeSpin(m_historyWeightSpin, "historyWeightSpin", Settings::Key::StrengthHistoryWeight, tr("Known for long:"),
             tr("How much it counts how long you have known each other (full after five years)"));
    makeSpin(m_depthWeightSpin, "depthWeightSpin", Settings::Key::StrengthDepthWeight, tr("Depth:"),
             tr("How much in-person meetings, long calls and the closeness you rated count"));
    form->addRow(makeNote(tr("The weights are relative: 2, 1, 1 makes reaching out count as much as the other two "
                             "together. 0 leaves a part out. Health (how well you keep up with someone) does not "
                             "change with them."),
                          box));
    return stackedPage(page, {box});
}

QWidget* SettingsDialog::createContactsPage()
{
    auto* page = new QWidget(this);
    auto* box = new QGroupBox(tr("Phone numbers"), page);
    auto* form = new QFormLayout(box);

    m_phoneRegionCombo = new QComboBox(box);
    m_phoneRegionCombo->setObjectName(QStringLiteral("phoneRegionCombo"));
    // A scrolling list of 20 rows rather than the style's popup of every region over the whole screen.
    m_phoneRegionCombo->setStyleSheet(QStringLiteral("QComboBox { combobox-popup: 0; }"));
    m_phoneRegionCombo->setMaxVisibleItems(20);
    m_phoneRegionCombo->setToolTip(
        tr("The country Kith reads a phone number in when it has no country code (such as +44), to recognise the "
           "same number written two ways; numbers of that country are shown in its national format. It applies to "
           "the numbers you add, edit or import from now on; numbers already saved keep the reading they have."));

    const QMap<QString, int> callingCodes = PhoneNumbers::regionCallingCodes();
    const QString localeRegion = PhoneNumbers::localeRegion();
    m_phoneRegionCombo->addItem(
        localeRegion.isEmpty()
            ? tr("From the system locale (which names no country)")
            : tr("From the system locale: %1").arg(regionText(localeRegion, callingCodes.value(localeRegion))),
        QString());
    if (localeRegion.isEmpty()) {
        m_phoneRegionCombo->setItemData(0,
                                        tr("Your system's locale names no country: only numbers written with a "
                                           "country code can be read"),
                                        Qt::ToolTipRole);
    }
    QList<std::pair<QString, QString>> regions; // text, code
    regions.reserve(callingCodes.size());
    for (auto it = callingCodes.cbegin(); it != callingCodes.cend(); ++it)
        regions.append({regionText(it.key(), it.value()), it.key()});
    QCollator collator{QLocale()};
    std::sort(regions.begin(), regions.end(),
              [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    m_phoneRegionCombo->insertSeparator(1);
    for (const auto& [text, code] : regions)
        m_phoneRegionCombo->addItem(text, code);

    const QString chosen = m_settings.value(Settings::Key::PhoneRegion).toString().trimmed().toUpper();
    m_phoneRegionCombo->setCurrentIndex(qMax(0, m_phoneRegionCombo->findData(chosen)));
    form->addRow(tr("&Numbers without a country code are in:"), m_phoneRegionCombo);

    form->addRow(makeNote(tr("Numbers written with a country code are read as written. A change applies to the "
                             "numbers you add, edit or import from now on."),
                          box));
    return stackedPage(page, {box});
}

void SettingsDialog::updateState()
{
    m_quietStartEdit->setEnabled(m_quietCheck->isChecked());
    m_quietEndEdit->setEnabled(m_quietCheck->isChecked());
}

void SettingsDialog::accept()
{
    for (auto it = m_cadenceSpins.cbegin(); it != m_cadenceSpins.cend(); ++it) {
        const int days = it.value()->value();
        const std::optional<int> cadence = days > 0 ? std::optional<int>(days) : std::nullopt;
        if (cadence == m_cadenceBefore.value(it.key()))
            continue;
        if (Status status = m_circles.setCadence(it.key(), cadence); !status) {
            MessageBox::warning(this, tr("Cannot Save Preferences"), status.error());
            return;
        }
        m_cadenceBefore.insert(it.key(), cadence);
    }

    m_settings.setValue(Settings::Key::BirthdayLeadDays, m_birthdayLeadSpin->value());
    m_settings.setValue(Settings::Key::DateReminderTime, m_dateTimeEdit->time().toString(QStringLiteral("HH:mm")));
    m_settings.setValue(Settings::Key::QuietHoursEnabled, m_quietCheck->isChecked());
    m_settings.setValue(Settings::Key::QuietHoursStart, m_quietStartEdit->time().toString(QStringLiteral("HH:mm")));
    m_settings.setValue(Settings::Key::QuietHoursEnd, m_quietEndEdit->time().toString(QStringLiteral("HH:mm")));
    m_settings.setValue(Settings::Key::CloseToTray, m_closeToTrayCheck->isChecked());
    m_settings.setValue(Settings::Key::StrengthReciprocityWeight, m_reciprocityWeightSpin->value());
    m_settings.setValue(Settings::Key::StrengthHistoryWeight, m_historyWeightSpin->value());
    m_settings.setValue(Settings::Key::StrengthDepthWeight, m_depthWeightSpin->value());
    m_settings.setValue(Settings::Key::PhoneRegion, m_phoneRegionCombo->currentData().toString());

    const bool startAtLogin = m_startAtLoginCheck->isChecked();
    if (startAtLogin != AutostartEntry::isEnabled()) {
        if (Status status = AutostartEntry::setEnabled(startAtLogin, m_executable); !status) {
            MessageBox::warning(this, tr("Cannot Change Start at Login"), status.error());
            return;
        }
    }
    m_settings.setValue(Settings::Key::StartAtLogin, startAtLogin);
    m_settings.sync();
    QDialog::accept();
}

} // namespace kith
