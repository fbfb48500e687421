// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QSettings>
#include <QUuid>
#include <QVariant>

#include <type_traits>
#include <utility>

namespace keyward {

/// A typed settings key with its default: code says `settings::lastProfileId.read(s)`
/// instead of repeating a raw key string and a conversion at every use.
/// Keys are relative, so the same Setting works inside QSettings arrays.
template <typename T> class Setting
{
public:
    Setting(QLatin1StringView key, T defaultValue = T())
        : m_key(key)
        , m_default(std::move(defaultValue))
    {}

    QLatin1StringView key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

    T read(const QSettings &settings) const
    {
        const QVariant stored = settings.value(m_key);
        if (!stored.isValid()) {
            return m_default;
        }
        if constexpr (std::is_same_v<T, QUuid>) {
            // Stored as text: INI would otherwise write an opaque @Variant blob.
            const QUuid id = QUuid::fromString(stored.toString());
            return id.isNull() ? m_default : id;
        } else if constexpr (std::is_same_v<T, QStringList>) {
            // INI reads a one-element list back as a plain string.
            return stored.toStringList();
        } else {
            return stored.canConvert<T>() ? stored.value<T>() : m_default;
        }
    }

    void write(QSettings &settings, const T &value) const
    {
        if constexpr (std::is_same_v<T, QUuid>) {
            settings.setValue(m_key, value.toString(QUuid::WithoutBraces));
        } else {
            settings.setValue(m_key, QVariant::fromValue(value));
        }
    }

    void remove(QSettings &settings) const { settings.remove(m_key); }

private:
    QLatin1StringView m_key;
    T m_default;
};

} // namespace keyward
