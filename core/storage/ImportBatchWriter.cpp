#include "storage/ImportBatchWriter.h"

#include "storage/SqlUtil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kith {

ImportBatchWriter::ImportBatchWriter(const QSqlDatabase& db)
    : m_db(db)
{}

Status ImportBatchWriter::begin(const QStringList& files, const QDateTime& now)
{
    QJsonArray paths;
    for (const QString& file : files)
        paths.append(QFileInfo(file).absoluteFilePath());
    QSqlQuery q(m_db);
    if (auto s = sql::execWith(
            q, QStringLiteral("INSERT INTO import_batches (started_at, finished_at, files) VALUES (?, ?, ?)"),
            {sql::fromDateTime(now), sql::fromDateTime(now),
             QString::fromUtf8(QJsonDocument(paths).toJson(QJsonDocument::Compact))});
        !s)
        return s;
    m_batchId = q.lastInsertId().toLongLong();
    if (auto s = m_linkMerged.prepare(m_db, "INSERT INTO import_batch_contacts (batch_id, contact_id, action, before) "
                                            "VALUES (?, ?, 'merged', ?)");
        !s)
        return s;
    return m_addHistory.prepare(m_db, "INSERT INTO contact_field_history (contact_id, batch_id, field, value, source, "
                                      "at) VALUES (?, ?, ?, ?, ?, ?)");
}

Status ImportBatchWriter::recordMerged(qint64 contactId, const QString& before)
{
    m_linkMerged.bindInt(1, m_batchId);
    m_linkMerged.bindInt(2, contactId);
    m_linkMerged.bindText(3, before);
    return m_linkMerged.exec();
}

Status ImportBatchWriter::recordConflict(qint64 contactId, const QString& field, const QString& incoming,
                                         const QString& source, const QDateTime& at)
{
    const QString atText = sql::fromDateTime(at).toString();
    m_addHistory.bindInt(1, contactId);
    m_addHistory.bindInt(2, m_batchId);
    m_addHistory.bindText(3, field);
    m_addHistory.bindText(4, incoming);
    m_addHistory.bindText(5, source);
    m_addHistory.bindText(6, atText);
    return m_addHistory.exec();
}

Status ImportBatchWriter::recordAdded(const QList<qint64>& contactIds)
{
    if (contactIds.isEmpty())
        return {};
    QSqlQuery q(m_db);
    return sql::execWith(q,
                         QStringLiteral("INSERT INTO import_batch_contacts (batch_id, contact_id, action) "
                                        "SELECT ?, value, 'added' FROM json_each(?)"),
                         {m_batchId, sql::idListJson(contactIds)});
}

Status ImportBatchWriter::finish(const QDateTime& now, int added, int merged, int skipped, int failed)
{
    if (added == 0 && merged == 0)
        return discard();
    QSqlQuery q(m_db);
    return sql::execWith(q,
                         QStringLiteral("UPDATE import_batches SET finished_at = ?, added = ?, merged = ?, "
                                        "skipped = ?, failed = ? WHERE id = ?"),
                         {sql::fromDateTime(now), added, merged, skipped, failed, m_batchId});
}

Status ImportBatchWriter::discard()
{
    QSqlQuery q(m_db);
    if (auto s = sql::execWith(q, QStringLiteral("DELETE FROM import_batches WHERE id = ?"), {m_batchId}); !s)
        return s;
    m_batchId = 0;
    return {};
}

} // namespace kith
