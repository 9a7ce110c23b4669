// SPDX-FileCopyrightText: 2026 Tsunagu contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tsunagu {

/// What went wrong, as a translated sentence a person can act on, plus a
/// machine-readable kind so callers (and tests) can branch without parsing text.
struct Error
{
    enum class Kind
    {
        Generic,
        NotFound,
        NotSqlite,
        NotTsunagu,
        NewerVersion,
        Damaged,       ///< the file's content is broken (not an I/O error, not busy)
        Locked,        ///< another Tsunagu holds the file open for writing
        Busy,          ///< another program holds SQLite's lock right now; try again soon
        NeedsRecovery, ///< an interrupted save must be undone by a writer first
        DiskFull,
        ReadOnly,
        Io,
        Invalid,
        Database,
        Cancelled, ///< the user stopped it; nothing to report
    };

    Kind kind = Kind::Generic;
    QString message;

    Error() = default;
    Error(Kind k, QString text)
        : kind(k)
        , message(std::move(text))
    {}
    explicit Error(QString text)
        : message(std::move(text))
    {}
};

/// The outcome of a fallible core operation: a value or an Error. Nothing in
/// core throws across its boundary; the UI shows error().message, the CLI
/// prints it.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that yields nothing but success or an Error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

} // namespace tsunagu
