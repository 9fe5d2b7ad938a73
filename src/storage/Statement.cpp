#include "storage/Statement.h"

#include "storage/Connection.h"
#include "storage/StorageError.h"

namespace trame::storage {

Statement::Statement(std::unique_ptr<detail::StatementBackend> backend) : m_backend(std::move(backend)) {}
Statement::~Statement() = default;
Statement::Statement(Statement&& other) noexcept = default;

Statement& Statement::bind(int index, std::int64_t value)
{
    m_backend->bindInteger(index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    m_backend->bindReal(index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    m_backend->bindText(index, text);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index)
{
    m_backend->bindNull(index);
    return *this;
}

bool Statement::step()
{
    return m_backend->step();
}

void Statement::run()
{
    while (step()) {
    }
}

std::int64_t Statement::returnedId()
{
    if (!step())
        throw StorageError(Error{ErrorKind::Internal, {}, "an insert returned no id"});
    const std::int64_t id = integer(0);
    run();
    return id;
}

void Statement::reset()
{
    m_backend->reset();
}

int Statement::parameterIndex(const char* name) const
{
    return m_backend->parameterIndex(name);
}

int Statement::columnCount() const
{
    return m_backend->columnCount();
}

bool Statement::isNull(int column) const
{
    return m_backend->isNull(column);
}

std::int64_t Statement::integer(int column) const
{
    return m_backend->integer(column);
}

double Statement::real(int column) const
{
    return m_backend->real(column);
}

std::string Statement::text(int column) const
{
    return std::string(m_backend->view(column));
}

std::string_view Statement::view(int column) const
{
    return m_backend->view(column);
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

} // namespace trame::storage
