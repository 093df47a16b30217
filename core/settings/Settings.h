#pragma once

#include <QObject>
#include <QVariant>

#include <memory>

class QSettings;

namespace kith {

// Every user setting Kith keeps, typed, with its name in the file and its default.
class Settings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        MainSplitterState,
        ContactTableHeaderState,
        LastImportFolder,
        SampleNetworkSize,
    };
    Q_ENUM(Key)

    // Reads and writes the user's settings file (~/.config/kith/kith.conf).
    explicit Settings(QObject* parent = nullptr);
    // Reads and writes the given file; tests pass a temporary one.
    explicit Settings(const QString& fileName, QObject* parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    void sync();

    static QString name(Key key);
    static QVariant defaultValue(Key key);

Q_SIGNALS:
    // Only when a value really changed.
    void changed(kith::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace kith
