#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace yufang {

// Faults in the pages of a buffer being filled from its start, a few mebibytes ahead of where
// it is filled, on another thread. The kernel zeroes an anonymous page at its first touch, and
// on a virtual machine slowly (about 2 ms a mebibyte: a tenth of a shuffled register import,
// docs/performance.md, the seventh round); done on the second core, the filling thread finds
// its pages ready. Ahead by a window, not the whole buffer: a buffer filled only in part keeps
// only that part in memory. The pages are faulted in with MADV_POPULATE_WRITE (Linux 5.14),
// which writes nothing, so it may run beside the filling; elsewhere, or on an older kernel,
// nothing is done and the pages are faulted in as they are touched.
class PageFaulter {
public:
    PageFaulter() = default;
    ~PageFaulter() { stop(); }
    PageFaulter(const PageFaulter&) = delete;
    PageFaulter& operator=(const PageFaulter&) = delete;

    // A buffer filled from its start up to `filled` (those pages are in already), ending at
    // `end`.
    void start(const char* filled, const char* end);
    // Cheap enough for every row: wakes the thread only a step at a time.
    void filledTo(const char* filled) {
        if (quintptr(filled) >= m_wakeAt) [[unlikely]]
            advance(filled);
    }
    // Joins the thread: before the buffer is freed or moved.
    void stop();

private:
    static constexpr quintptr kStep = quintptr(4) << 20;
    static constexpr quintptr kAhead = 2 * kStep;
    void advance(const char* filled);
    void run();

    quintptr m_wakeAt = ~quintptr(0); // an address: may lie beyond the buffer
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    quintptr m_done = 0;   // faulted in up to here
    quintptr m_target = 0; // wanted up to here
    quintptr m_end = 0;
    bool m_stop = false;
};

} // namespace yufang
