#pragma once

#include <QString>

#include <optional>
#include <utility>

// Expected failures are values, not exceptions: a Result holds either a value or a
// translated message that tells the user what to fix.
enum class ErrorCode {
    Invalid,   // the user's input breaks a rule
    NotFound,
    Duplicate, // a unique value (document, invoice number) is already taken
    Conflict,  // someone else changed the row meanwhile, or a state forbids the action
    Busy,      // the database is locked by another writer
    Storage,   // the database could not be read or written
    Network,
};

struct Failure
{
    QString message;
    ErrorCode code = ErrorCode::Invalid;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_value(value) {}
    Result(T &&value) : m_value(std::move(value)) {}
    Result(Failure failure) : m_failure(std::move(failure)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }

    const QString &error() const { return m_failure.message; }
    ErrorCode code() const { return m_failure.code; }
    const Failure &failure() const { return m_failure; }

private:
    std::optional<T> m_value;
    Failure m_failure;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure) : m_failed(true), m_failure(std::move(failure)) {}
    static Result success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_failure.message; }
    ErrorCode code() const { return m_failure.code; }
    const Failure &failure() const { return m_failure; }

private:
    bool m_failed = false;
    Failure m_failure;
};
