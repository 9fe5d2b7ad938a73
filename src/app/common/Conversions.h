#pragma once

#include "domain/Date.h"
#include "domain/Timestamp.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>
#include <string>

// The app's edge: Qt values in, domain values out, and back.
inline QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

inline std::string ss(const QString& text)
{
    return text.toStdString();
}

inline QDate toQDate(const trame::Date& date)
{
    return QDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()));
}

inline QDateTime toQDateTime(const trame::Timestamp& at)
{
    return QDateTime::fromSecsSinceEpoch(at.instant().time_since_epoch().count(), Qt::UTC);
}

inline std::optional<trame::Date> toDate(const QDate& date)
{
    if (!date.isValid())
        return std::nullopt;
    return trame::Date::parse(ss(date.toString(Qt::ISODate)));
}

// A time of day given in minutes after midnight, as "09:30".
inline QString clockText(int minute)
{
    return QTime(minute / 60, minute % 60).toString(QStringLiteral("HH:mm"));
}

// "28/11/2026" in French, the locale's short format otherwise; "" for none.
QString formatDate(const std::optional<trame::Date>& date);
