#include "io/vcard/VCardProperty.h"

namespace kith {

bool VCardProperty::hasParameter(QStringView parameterName) const
{
    for (const VCardParameter& parameter : parameters) {
        if (parameterName.compare(parameter.name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList VCardProperty::parameterValues(QStringView parameterName) const
{
    QStringList result;
    for (const VCardParameter& parameter : parameters) {
        if (parameterName.compare(parameter.name, Qt::CaseInsensitive) == 0)
            result += parameter.values;
    }
    return result;
}

QString VCardProperty::parameter(QStringView parameterName) const
{
    for (const VCardParameter& parameter : parameters) {
        if (parameterName.compare(parameter.name, Qt::CaseInsensitive) == 0 && !parameter.values.isEmpty())
            return parameter.values.constFirst();
    }
    return {};
}

bool VCardProperty::hasType(QStringView type) const
{
    for (const VCardParameter& parameter : parameters) {
        if (parameter.name != u"TYPE")
            continue;
        for (const QString& value : parameter.values) {
            if (type.compare(value, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool VCardProperty::isBase64() const
{
    const QString encoding = parameter(u"ENCODING");
    return encoding.compare(u"B", Qt::CaseInsensitive) == 0 || encoding.compare(u"BASE64", Qt::CaseInsensitive) == 0;
}

namespace {

// RFC 6868 caret escapes, and double quotes where the value holds a character that would end it.
QString parameterValueText(const QString& value)
{
    QString escaped;
    escaped.reserve(value.size());
    bool needsQuotes = false;
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'^':
            escaped += u"^^";
            break;
        case u'"':
            escaped += u"^'";
            break;
        case u'\n':
            escaped += u"^n";
            break;
        case u';':
        case u':':
        case u',':
            needsQuotes = true;
            escaped += c;
            break;
        default:
            escaped += c;
        }
    }
    return needsQuotes ? u'"' + escaped + u'"' : escaped;
}

} // namespace

QString VCardProperty::toContentLine() const
{
    QString line;
    line.reserve(name.size() + group.size() + value.size() + 16);
    if (!group.isEmpty())
        line += group + u'.';
    line += name;
    for (const VCardParameter& parameter : parameters) {
        if (parameter.name == u"CHARSET")
            continue;
        if (parameter.name == u"ENCODING" && !isBase64())
            continue;
        if (parameter.values.isEmpty())
            continue;
        line += u';' + parameter.name + u'=';
        for (qsizetype i = 0; i < parameter.values.size(); ++i) {
            if (i > 0)
                line += u',';
            line += parameterValueText(parameter.values[i]);
        }
    }
    line += u':';
    // A decoded QUOTED-PRINTABLE value may hold raw line breaks (CR LF, LF, or a lone CR, which readers also
    // take for the end of the line), which a content line cannot.
    QString text = value;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"))
        .replace(u'\r', QStringLiteral("\\n"))
        .replace(u'\n', QStringLiteral("\\n"));
    line += text;
    return line;
}

QStringList VCardProperty::components() const
{
    QStringList result;
    for (QStringView part : splitUnescaped(value, u';'))
        result.append(unescape(part));
    return result;
}

QStringList VCardProperty::listValues() const
{
    QStringList result;
    for (QStringView part : splitUnescaped(value, u','))
        result.append(unescape(part));
    return result;
}

QList<QStringList> VCardProperty::structuredValues() const
{
    QList<QStringList> result;
    for (QStringView component : splitUnescaped(value, u';')) {
        QStringList items;
        for (QStringView item : splitUnescaped(component, u','))
            items.append(unescape(item));
        result.append(items);
    }
    return result;
}

QString VCardProperty::unescape(QStringView text)
{
    if (!text.contains(u'\\'))
        return text.toString();
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\\' || i + 1 == text.size()) {
            result.append(c);
            continue;
        }
        const QChar escaped = text[i + 1];
        switch (escaped.unicode()) {
        case u'n':
        case u'N':
            result.append(u'\n');
            ++i;
            break;
        case u'\\':
        case u',':
        case u';':
        case u':': // "http\://" from some writers: the backslash means nothing
            result.append(escaped);
            ++i;
            break;
        default: // "C:\temp": a lone backslash is part of the text
            result.append(c);
            break;
        }
    }
    return result;
}

QList<QStringView> VCardProperty::splitUnescaped(QStringView text, QChar separator)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\') {
            ++i; // the next character is escaped, whatever it is
        } else if (c == separator) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

} // namespace kith
