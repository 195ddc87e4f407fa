// storage/page_faulter.h: the pages of a buffer being filled are faulted in ahead on another
// thread without changing a byte written beside it, and only a window ahead of the filling.
#include "test_support.h"

#include "storage/page_faulter.h"

#include <QElapsedTimer>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cstring>
#include <memory>
#include <vector>

using namespace yufang;

namespace {
constexpr size_t kMiB = size_t(1) << 20;
// A byte no zeroed page holds at that place.
char pattern(size_t at) {
    return char(1 + at % 251);
}
} // namespace

TEST_CASE("Pages faulted in ahead keep every byte written beside them", "[register]") {
    // Fresh pages from the kernel (an allocation this large is its own mapping), filled in
    // strides of a row while the thread faults in the pages ahead: a fault that zeroed or
    // wrote a page would show as a wrong byte.
    constexpr size_t kSize = 48 * kMiB;
    const std::unique_ptr<char[]> buffer(new char[kSize]);
    PageFaulter faulter;
    faulter.start(buffer.get(), buffer.get() + kSize);
    constexpr size_t kRow = 85;
    for (size_t at = 0; at < kSize; at += kRow) {
        const size_t end = std::min(at + kRow, kSize);
        for (size_t i = at; i < end; ++i)
            buffer[i] = pattern(i);
        faulter.filledTo(buffer.get() + end);
    }
    faulter.stop();
    size_t wrong = 0;
    for (size_t i = 0; i < kSize; ++i)
        wrong += buffer[i] != pattern(i);
    CHECK(wrong == 0);
}

#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
TEST_CASE("Pages are faulted in only a window ahead of the filling", "[register]") {
    const auto page = size_t(sysconf(_SC_PAGESIZE));
    constexpr size_t kSize = 64 * kMiB;
    char* mapping = static_cast<char*>(
        mmap(nullptr, kSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    REQUIRE(mapping != MAP_FAILED);
    auto resident = [&](size_t from, size_t to) {
        std::vector<unsigned char> in((to - from + page - 1) / page);
        REQUIRE(mincore(mapping + from, to - from, in.data()) == 0);
        size_t n = 0;
        for (const unsigned char c : in)
            n += c & 1;
        return n * page;
    };
    if (madvise(mapping + kSize - page, page, MADV_POPULATE_WRITE) != 0) {
        WARN("this kernel has no MADV_POPULATE_WRITE: pages come in as they are touched");
        munmap(mapping, kSize);
        return;
    }
    {
        PageFaulter faulter;
        faulter.start(mapping, mapping + kSize);
        std::memset(mapping, 1, 16 * kMiB); // rows stored up to 16 MiB
        faulter.filledTo(mapping + 16 * kMiB);
        // The thread catches up with the window ahead (4-8 MiB past the filling): waited
        // for, with a bound that only a stuck thread reaches.
        QElapsedTimer waited;
        waited.start();
        while (resident(16 * kMiB, 20 * kMiB) < 4 * kMiB && waited.elapsed() < 30'000)
            QThread::msleep(5);
        CHECK(resident(16 * kMiB, 20 * kMiB) == 4 * kMiB);
        // Nothing far beyond it: a buffer filled in part keeps only that part in memory (a
        // huge page may round the window up by 2 MiB).
        CHECK(resident(32 * kMiB, kSize - page) == 0);
        faulter.stop();
    }
    munmap(mapping, kSize);
}
#endif
