#include "cloud/jsonreader.h"

#include "cloud/cloudtypes.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>
#include <limits>

JsonReader::JsonReader(const QJsonObject &object, QString where)
    : m_object(object)
    , m_where(std::move(where))
{
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("missing");
}

void JsonReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

void JsonReader::wrongType(const char *key, const QJsonValue &value, const QString &expected)
{
    fail(tr("%1: \"%2\" is %3, expected %4")
             .arg(m_where, QString::fromLatin1(key), typeName(value), expected));
}

const QJsonValue *JsonReader::fetch(const char *key, Presence presence)
{
    if (failed())
        return nullptr;
    const auto it = m_object.constFind(QLatin1String(key));
    if (it == m_object.constEnd() || it->isNull() || it->isUndefined()) {
        if (presence == Required)
            fail(tr("%1: the field \"%2\" is missing").arg(m_where, QString::fromLatin1(key)));
        return nullptr;
    }
    m_current = *it;
    return &m_current;
}

QString JsonReader::string(const char *key, Presence presence)
{
    const QJsonValue *v = fetch(key, presence);
    if (!v)
        return {};
    if (!v->isString()) {
        wrongType(key, *v, tr("text"));
        return {};
    }
    const QString s = v->toString();
    if (presence == Required && s.isEmpty())
        fail(tr("%1: the field \"%2\" is empty").arg(m_where, QString::fromLatin1(key)));
    return s;
}

QString JsonReader::idOrString(const char *key)
{
    const QJsonValue *v = fetch(key, Optional);
    if (!v)
        return {};
    if (v->isString())
        return v->toString();
    if (v->isDouble()) {
        qint64 n = 0;
        if (wholeNumber(key, *v, -MaxExactWhole, MaxExactWhole, &n))
            return QString::number(n);
        return {};
    }
    wrongType(key, *v, tr("text"));
    return {};
}

QString JsonReader::ipAddress(const char *key, Presence presence)
{
    const QString text = string(key, presence);
    if (text.isEmpty() || isPlainIpAddress(text))
        return text;
    fail(tr("%1: \"%2\" is not an IP address: \"%3\"").arg(m_where, QString::fromLatin1(key), text.left(60)));
    return {};
}

bool JsonReader::wholeNumber(const char *key, const QJsonValue &value, double min, double max, qint64 *out)
{
    // Converting a double outside the target type's range is undefined behaviour: check first.
    const double d = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!value.isDouble() || !std::isfinite(d) || std::floor(d) != d) {
        wrongType(key, value, tr("a whole number"));
        return false;
    }
    if (d < min || d > max) {
        fail(tr("%1: \"%2\" is out of range (%3), expected a whole number from %4 to %5")
                 .arg(m_where, QString::fromLatin1(key), QString::number(d, 'g', 17), QString::number(min, 'f', 0),
                      QString::number(max, 'f', 0)));
        return false;
    }
    *out = qint64(d);
    return true;
}

qint64 JsonReader::int64(const char *key, qint64 defaultValue)
{
    const QJsonValue *v = fetch(key, Optional);
    if (!v)
        return defaultValue;
    qint64 n = 0;
    return wholeNumber(key, *v, -MaxExactWhole, MaxExactWhole, &n) ? n : defaultValue;
}

int JsonReader::integer(const char *key, int defaultValue, Presence presence)
{
    const QJsonValue *v = fetch(key, presence);
    if (!v)
        return defaultValue;
    qint64 n = 0;
    if (!wholeNumber(key, *v, double(std::numeric_limits<int>::min()), double(std::numeric_limits<int>::max()), &n))
        return defaultValue;
    return int(n);
}

bool JsonReader::boolean(const char *key, bool defaultValue)
{
    const QJsonValue *v = fetch(key, Optional);
    if (!v)
        return defaultValue;
    if (v->isBool())
        return v->toBool();
    // Some services (older Nova extensions, Glance properties) send "True"/"false" as text.
    if (v->isString()) {
        const QString s = v->toString().toLower();
        if (s == QLatin1String("true"))
            return true;
        if (s == QLatin1String("false"))
            return false;
    }
    wrongType(key, *v, tr("true or false"));
    return defaultValue;
}

QDateTime JsonReader::time(const char *key)
{
    const QJsonValue *v = fetch(key, Optional);
    if (!v)
        return {};
    if (!v->isString()) {
        wrongType(key, *v, tr("a time"));
        return {};
    }
    if (v->toString().isEmpty())
        return {};
    const QDateTime t = parseOpenStackTime(v->toString());
    if (!t.isValid())
        fail(tr("%1: \"%2\" is not a time: \"%3\"").arg(m_where, QString::fromLatin1(key), v->toString().left(40)));
    return t;
}

QJsonObject JsonReader::object(const char *key, Presence presence)
{
    const QJsonValue *v = fetch(key, presence);
    if (!v)
        return {};
    if (!v->isObject()) {
        wrongType(key, *v, tr("an object"));
        return {};
    }
    return v->toObject();
}

QJsonArray JsonReader::array(const char *key, Presence presence)
{
    const QJsonValue *v = fetch(key, presence);
    if (!v)
        return {};
    if (!v->isArray()) {
        wrongType(key, *v, tr("a list"));
        return {};
    }
    return v->toArray();
}

QStringList JsonReader::stringList(const char *key)
{
    QStringList out;
    const QJsonArray a = array(key);
    for (int i = 0; i < a.size() && !failed(); ++i) {
        if (!a.at(i).isString()) {
            fail(tr("%1: \"%2\" item %3 is %4, expected text")
                     .arg(m_where, QString::fromLatin1(key))
                     .arg(i)
                     .arg(typeName(a.at(i))));
            return {};
        }
        out << a.at(i).toString();
    }
    return out;
}

QMap<QString, QString> JsonReader::stringMap(const char *key)
{
    QMap<QString, QString> out;
    const QJsonObject o = object(key);
    for (auto it = o.begin(); it != o.end() && !failed(); ++it) {
        if (!it.value().isString()) {
            fail(tr("%1: \"%2\" entry \"%3\" is %4, expected text")
                     .arg(m_where, QString::fromLatin1(key), it.key(), typeName(it.value())));
            return {};
        }
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

QJsonObject JsonReader::element(const QJsonArray &array, int index, const QString &what)
{
    if (failed())
        return {};
    const QJsonValue v = array.at(index);
    if (!v.isObject()) {
        fail(tr("%1[%2] is %3, expected an object").arg(what).arg(index).arg(typeName(v)));
        return {};
    }
    return v.toObject();
}

Result<QJsonObject> JsonDocumentReader::parseObject(const QByteArray &body, const QString &what)
{
    if (body.trimmed().isEmpty())
        return CloudError::malformed(JsonReader::tr("the %1 reply is empty").arg(what));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return CloudError::malformed(
            JsonReader::tr("the %1 reply is not valid JSON: %2 at byte %3").arg(what, pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return CloudError::malformed(JsonReader::tr("the %1 reply is not a JSON object").arg(what));
    return doc.object();
}
