#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

namespace kith {

class ContactStore;

// Exports contacts from the store to a file: vCard 4.0, vCard 3.0 or CSV. The contacts are read from the
// store a page at a time and streamed to the file, so that 50,000 contacts never sit in memory at once.
// The file is written through a QSaveFile: a failed or cancelled export leaves no half-written file and
// any existing file as it was. Contacts in the Trash are never exported.
//
// progress() is emitted after every page; cancel() (from a slot connected to it, or another thread) stops
// the export at the next page.
class ContactExporter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactExporter)

public:
    enum class Format { VCard40, VCard30, Csv };

    // Which contacts: everyone not in the Trash, the given ids (in that order), or those with a tag.
    struct Scope {
        enum class Kind { All, Selection, Tag };
        Kind kind = Kind::All;
        QList<qint64> ids; // Selection
        QString tag;       // Tag (matched case-insensitively)

        static Scope all() { return {}; }
        static Scope selection(QList<qint64> ids) { return {Kind::Selection, std::move(ids), {}}; }
        static Scope withTag(QString tag) { return {Kind::Tag, {}, std::move(tag)}; }
    };

    explicit ContactExporter(const ContactStore& contacts, QObject* parent = nullptr);

    // Writes the contacts of `scope` to `path` and returns how many were written. Fails, writing nothing,
    // when the store or the file fails, when cancelled, or when the scope holds no contact.
    Result<int> exportTo(const QString& path, Format format, const Scope& scope);
    void cancel() { m_cancelled = true; }

    static constexpr int pageSize() { return 500; }
    // "vcard", "vcard3", "csv" (kith-cli's --format) and back.
    static QString formatKey(Format format);
    static std::optional<Format> formatFromKey(const QString& key);
    // "vcf" or "csv".
    static QString fileSuffix(Format format);

Q_SIGNALS:
    // `done` of `total` contacts looked at so far.
    void progress(int done, int total);

private:
    Result<QList<qint64>> candidateIds(const Scope& scope) const;

    const ContactStore& m_contacts;
    std::atomic_bool m_cancelled = false;
};

} // namespace kith
