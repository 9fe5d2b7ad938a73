#pragma once

#include <exception>
#include <new>

namespace trame::storage {

template <typename Fn> auto guarded(Fn&& body) -> decltype(body())
{
    try {
        return body();
    } catch (const StorageError& e) {
        return e.error();
    } catch (const std::bad_alloc&) {
        return Error{ErrorKind::Internal, {}, "out of memory"};
    } catch (const std::exception& e) {
        return Error{ErrorKind::Internal, {}, e.what()};
    }
}

} // namespace trame::storage
