#ifndef CLEAVE_CFILESWAP_SHIM_H
#define CLEAVE_CFILESWAP_SHIM_H
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif

/// Exchanges two existing paths in one step, so each name always names a whole thing:
/// Linux's renameat2 with RENAME_EXCHANGE (called through syscall, since glibc declares
/// renameat2 only under _GNU_SOURCE), macOS's renamex_np with RENAME_SWAP.
/// Returns 0, or -1 with errno set (EINVAL or ENOSYS where the file system or kernel
/// cannot exchange).
static inline int cleave_exchange_paths(const char *from, const char *to) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 2u /* RENAME_EXCHANGE */);
#elif defined(__APPLE__)
    return renamex_np(from, to, RENAME_SWAP);
#else
    errno = ENOSYS;
    return -1;
#endif
}
#endif
