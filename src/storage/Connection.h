#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

// What a back end gives storage: prepared statements and plain commands on one connection. Only
// storage sees it; repositories use Database and Statement. Every failure throws StorageError.
namespace trame::storage::detail {

class StatementBackend {
public:
    virtual ~StatementBackend() = default;
    virtual void bindInteger(int index, std::int64_t value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindText(int index, std::string_view text) = 0;
    virtual void bindNull(int index) = 0;
    // 0 when the SQL has no parameter of that name (":today").
    virtual int parameterIndex(const char* name) const = 0;
    virtual bool step() = 0;
    virtual void reset() = 0;
    virtual int columnCount() const = 0;
    virtual bool isNull(int column) const = 0;
    virtual std::int64_t integer(int column) const = 0;
    virtual double real(int column) const = 0;
    // Valid until the next step or reset.
    virtual std::string_view view(int column) const = 0;
};

class Connection {
public:
    virtual ~Connection() = default;
    virtual std::unique_ptr<StatementBackend> prepare(std::string_view sql) = 0;
    // One or several statements with no parameter and no row wanted.
    virtual void exec(const std::string& sql) = 0;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    virtual std::int64_t changes() const = 0;
    virtual bool inTransaction() const = 0;
    // For destructors: runs `sql`, ignoring any failure.
    virtual void execQuietly(const std::string& sql) noexcept = 0;
    // A setting of this connection (a timeout, a signed-in session) that a new connection to the
    // same server must get again after a lost one; runs it now. A file's connection never drops.
    virtual void keep(const std::string& sql) { exec(sql); }
};

} // namespace trame::storage::detail
