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
