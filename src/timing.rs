//! Build step timings on stderr, shown when `RUST_LOG` mentions `coopsite` or `debug`
//! (as Zola's `log_time`), so a slowdown shows up at once.

use std::time::Instant;

pub struct Timer {
    enabled: bool,
    last: Instant,
    /// The process's CPU time (user + system, in clock ticks) at the last lap.
    cpu: u64,
}

impl Timer {
    pub fn start() -> Timer {
        let enabled = std::env::var("RUST_LOG")
            .map(|v| v.contains("coopsite") || v.contains("debug"))
            .unwrap_or(false);
        Timer {
            enabled,
            last: Instant::now(),
            cpu: cpu_ticks().unwrap_or(0),
        }
    }

    /// Prints the time since the previous lap, named `step`.
    pub fn lap(&mut self, step: &str) {
        if self.enabled {
            let now = Instant::now();
            let cpu = cpu_ticks().unwrap_or(0);
            // On a loaded machine the wall time says little; the CPU time (both cores)
            // is what the step costs.
            eprintln!(
                "timing: {step:<10} {:>8.1} ms  cpu {:>6} ms  peak memory {}",
                (now - self.last).as_secs_f64() * 1e3,
                cpu.saturating_sub(self.cpu) * 10,
                peak_memory().unwrap_or_else(|| "unknown".into())
            );
            self.last = now;
            self.cpu = cpu;
        }
    }
}

/// The process's user and system CPU time so far (Linux), in clock ticks (10 ms).
fn cpu_ticks() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command's name (which may hold spaces, inside parentheses):
    // state is the 3rd field, utime the 14th and stime the 15th.
    let rest = &stat[stat.rfind(')')? + 2..];
    let mut f = rest.split_whitespace().skip(11);
    let user: u64 = f.next()?.parse().ok()?;
    let system: u64 = f.next()?.parse().ok()?;
    Some(user + system)
}

/// The process's peak resident memory so far (Linux), e.g. "412 MB".
fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(format!("{} MB", kb / 1024))
}
