#pragma once

#include <QIODevice>
#include <QStringDecoder>

#include <memory>

namespace kith {

// Reads a UTF-16 (LE or BE) device as UTF-8, chunk by chunk, so that the byte-oriented vCard reader can
// take UTF-16 exports without the whole file in memory. The byte order mark, if any, is skipped.
class Utf16Device final : public QIODevice {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Utf16Device)

public:
    // `source` must be open for reading, positioned at the start of the text, and outlive this device.
    Utf16Device(QIODevice* source, QStringDecoder::Encoding encoding, QObject* parent = nullptr);
    ~Utf16Device() override;

    bool isSequential() const override { return true; }
    // Whether the source ended inside a UTF-16 character or held an unpaired surrogate.
    bool hadError() const { return m_decoder.hasError(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QIODevice* m_source;
    QStringDecoder m_decoder;
    QByteArray m_pending; // UTF-8 not yet handed out
    bool m_finished = false;
};

} // namespace kith
