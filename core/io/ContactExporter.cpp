#include "io/ContactExporter.h"

#include "io/csv/CsvWriter.h"
#include "io/vcard/VCardWriter.h"
#include "storage/ContactQuery.h"
#include "storage/ContactStore.h"

#include <QDir>
#include <QSaveFile>

#include <functional>

namespace kith {

namespace {

bool hasTag(const Contact& contact, const QString& tag)
{
    for (const QString& name : contact.tags) {
        if (name.compare(tag, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

ContactExporter::ContactExporter(const ContactStore& contacts, QObject* parent)
    : QObject(parent)
    , m_contacts(contacts)
{}

QString ContactExporter::formatKey(Format format)
{
    switch (format) {
    case Format::VCard40:
        return QStringLiteral("vcard");
    case Format::VCard30:
        return QStringLiteral("vcard3");
    case Format::Csv:
        break;
    }
    return QStringLiteral("csv");
}

std::optional<ContactExporter::Format> ContactExporter::formatFromKey(const QString& key)
{
    for (Format format : {Format::VCard40, Format::VCard30, Format::Csv}) {
        if (formatKey(format).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString ContactExporter::fileSuffix(Format format)
{
    return format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("vcf");
}

Result<QList<qint64>> ContactExporter::candidateIds(const Scope& scope) const
{
    if (scope.kind == Scope::Kind::Selection)
        return scope.ids;
    return m_contacts.ids(ContactQuery{});
}

Result<int> ContactExporter::exportTo(const QString& path, Format format, const Scope& scope)
{
    using R = Result<int>;
    m_cancelled = false;
    if (scope.kind == Scope::Kind::Tag && scope.tag.trimmed().isEmpty())
        return R::failure(tr("Choose a tag to export."));
    const auto ids = candidateIds(scope);
    if (!ids)
        return R::failure(ids.error());
    const int total = int(ids->size());

    // Reads the candidates a page at a time and hands on the ones in scope; false stops the walk.
    QString failure;
    const auto forEachContact = [&](const std::function<bool(const Contact&)>& take, bool reportProgress) {
        for (qsizetype start = 0; start < ids->size(); start += pageSize()) {
            if (m_cancelled) {
                failure = tr("The export was cancelled; no file was written.");
                return false;
            }
            const auto page = m_contacts.getMany(ids->mid(start, pageSize()));
            if (!page) {
                failure = page.error();
                return false;
            }
            for (const Contact& contact : *page) {
                if (contact.deletedAt.isValid())
                    continue;
                if (scope.kind == Scope::Kind::Tag && !hasTag(contact, scope.tag.trimmed()))
                    continue;
                if (!take(contact))
                    return false;
            }
            if (reportProgress)
                Q_EMIT progress(int(std::min<qsizetype>(start + pageSize(), ids->size())), total);
        }
        return true;
    };

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    int written = 0;
    bool ok = false;
    if (format == Format::Csv) {
        // The header needs as many numbered groups as the fullest contact has: a first, cheaper walk finds out.
        CsvWriter::Layout layout;
        ok = forEachContact(
            [&](const Contact& contact) {
                layout.include(contact);
                return true;
            },
            false);
        CsvWriter writer(&file, layout);
        if (ok) {
            if (const Status s = writer.writeHeader(); !s) {
                failure = s.error();
                ok = false;
            }
        }
        if (ok) {
            ok = forEachContact(
                [&](const Contact& contact) {
                    if (const Status s = writer.write(contact); !s) {
                        failure = s.error();
                        return false;
                    }
                    ++written;
                    return true;
                },
                true);
        }
    } else {
        VCardWriter writer(&file, format == Format::VCard30 ? VCardWriter::Version::V3_0 : VCardWriter::Version::V4_0);
        ok = forEachContact(
            [&](const Contact& contact) {
                if (const Status s = writer.write(contact); !s) {
                    failure = s.error();
                    return false;
                }
                ++written;
                return true;
            },
            true);
    }
    if (ok && written == 0) {
        ok = false;
        failure = scope.kind == Scope::Kind::Tag ? tr("No contact has the tag \"%1\".").arg(scope.tag.trimmed())
                                                 : tr("There are no contacts to export.");
    }
    if (!ok) {
        file.cancelWriting();
        return R::failure(failure);
    }
    if (!file.commit())
        return R::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return written;
}

} // namespace kith
