#pragma once

#include "io/vcard/VCardParameter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace kith {

// One content line of a vCard, unfolded and decoded to text but with value escapes left in place,
// so that compound values can still be split on their unescaped separators.
struct VCardProperty {
    QString group; // "item1" for "item1.EMAIL", as written
    QString name;  // upper-cased: "EMAIL", "X-ABLABEL"
    QList<VCardParameter> parameters;
    // The value as text: charset-decoded, QUOTED-PRINTABLE already undone; escapes (\, \; \n) intact.
    // For BASE64/B values this is the base64 text as written.
    QString value;
    // The decoded octets when the value had ENCODING=QUOTED-PRINTABLE or BASE64/B, else empty.
    QByteArray bytes;
    qint64 line = 0; // physical line where the property started

    bool hasParameter(QStringView parameterName) const;
    // Every value of every parameter of that name (case-insensitive), in order.
    QStringList parameterValues(QStringView parameterName) const;
    // The first value of that parameter, or an empty string.
    QString parameter(QStringView parameterName) const;
    QStringList types() const { return parameterValues(u"TYPE"); }
    bool hasType(QStringView type) const;
    bool isBase64() const;

    // The property as one unfolded vCard 4.0 content line ("item1.X-ABLABEL;TYPE=home:text"): group,
    // name, parameters (RFC 6868-escaped, quoted where needed) and the value with its escapes as read.
    // QUOTED-PRINTABLE and CHARSET are dropped because the value is already decoded text; a BASE64
    // value stays base64. Reading the line back gives the same property.
    QString toContentLine() const;

    // The value with escapes undone (for single-valued text properties such as FN or NOTE).
    QString text() const { return value.contains(u'\\') ? unescape(value) : value; } // shared when nothing to undo
    // Compound value (N, ADR, ORG) split on unescaped ';', each part unescaped.
    QStringList components() const;
    // List value (NICKNAME, CATEGORIES) split on unescaped ',', each item unescaped.
    QStringList listValues() const;
    // Compound value whose parts are lists: split on ';' then ','.
    QList<QStringList> structuredValues() const;

    // Undoes "\\", "\,", "\;", "\:", "\n", "\N"; any other backslash is kept as written.
    static QString unescape(QStringView text);
    // Splits on separators not preceded by a backslash; the parts keep their escapes.
    static QList<QStringView> splitUnescaped(QStringView text, QChar separator);
};

} // namespace kith
