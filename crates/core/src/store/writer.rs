//! The store's one writer: a thread of its own that runs write jobs one after the other, in the
//! order they were given, so that the window never waits on a disk (a USB stick in portable mode
//! can take tens of milliseconds a write) and two writes of one file never overlap.
//!
//! A job gets the store and returns a value; the value goes to the job's `done` callback, on the
//! writer's thread (the app turns it into a message). [`Writer::wait`] blocks until every job
//! given so far has run: before the app exits, and before a read that must see the last write.

use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread;

use super::profiles::ProfileStore;

type Job = Box<dyn FnOnce(&ProfileStore) + Send>;

/// How many jobs were given and how many have run.
#[derive(Default)]
struct Progress {
    given: u64,
    run: u64,
}

pub struct Writer {
    store: Arc<ProfileStore>,
    /// The queue to the thread, started on the first job.
    queue: Mutex<Option<Sender<Job>>>,
    progress: Arc<(Mutex<Progress>, Condvar)>,
}

/// Counts a job as run when it is dropped, even if it panicked, so that `wait` cannot hang.
struct RunGuard(Arc<(Mutex<Progress>, Condvar)>);

impl Drop for RunGuard {
    fn drop(&mut self) {
        let (lock, ready) = &*self.0;
        lock.lock().unwrap_or_else(PoisonError::into_inner).run += 1;
        ready.notify_all();
    }
}

impl Writer {
    pub fn new(store: Arc<ProfileStore>) -> Writer {
        Writer {
            store,
            queue: Mutex::new(None),
            progress: Arc::default(),
        }
    }

    pub fn store(&self) -> &ProfileStore {
        &self.store
    }

    /// Runs `job` on the writer's thread after every job given before it, then `done` with its
    /// value.
    pub fn run<T: 'static>(
        &self,
        job: impl FnOnce(&ProfileStore) -> T + Send + 'static,
        done: impl FnOnce(T) + Send + 'static,
    ) {
        self.progress
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .given += 1;
        let guard = RunGuard(self.progress.clone());
        let job: Job = Box::new(move |store| {
            let _guard = guard;
            done(job(store));
        });
        let mut queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
        let job = match queue.as_ref() {
            Some(q) => match q.send(job) {
                Ok(()) => return,
                Err(mpsc::SendError(job)) => job,
            },
            None => job,
        };
        let (sender, receiver) = mpsc::channel::<Job>();
        let store = self.store.clone();
        let started = thread::Builder::new()
            .name("passerelle-writer".into())
            .spawn(move || {
                // A job that panics is over (its `done` is never called); the ones after it run.
                for job in receiver {
                    let _ = panic::catch_unwind(AssertUnwindSafe(|| job(&store)));
                }
            });
        match started {
            Ok(_) => {
                let _ = sender.send(job);
                *queue = Some(sender);
            }
            // No thread to be had: write here rather than not at all.
            Err(_) => job(&self.store),
        }
    }

    /// Blocks until every job given so far has run.
    pub fn wait(&self) {
        let (lock, ready) = &*self.progress;
        let mut progress = lock.lock().unwrap_or_else(PoisonError::into_inner);
        let target = progress.given;
        while progress.run < target {
            progress = ready.wait(progress).unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Whether a job waits or runs.
    pub fn busy(&self) -> bool {
        let progress = self
            .progress
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        progress.run < progress.given
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn writer() -> (tempfile::TempDir, Writer) {
        let dir = tempfile::tempdir().unwrap();
        let store = ProfileStore::open(dir.path()).unwrap();
        (dir, Writer::new(Arc::new(store)))
    }

    #[test]
    fn jobs_run_off_the_callers_thread_in_the_order_given() {
        let (_dir, w) = writer();
        let caller = thread::current().id();
        let seen = Arc::new(Mutex::new(Vec::new()));
        for i in 0..50 {
            let seen = seen.clone();
            w.run(
                move |_| (i, thread::current().id()),
                move |out| seen.lock().unwrap().push(out),
            );
        }
        w.wait();
        let seen = seen.lock().unwrap();
        assert_eq!(
            seen.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
            (0..50).collect::<Vec<_>>()
        );
        assert!(seen.iter().all(|(_, t)| *t != caller));
        assert!(!w.busy());
    }

    #[test]
    fn a_job_that_panics_does_not_stop_the_ones_after_it() {
        let (_dir, w) = writer();
        let count = Arc::new(AtomicUsize::new(0));
        w.run(|_| panic!("a broken job"), |_: ()| {});
        w.wait();
        let c = count.clone();
        w.run(
            |_| 1,
            move |n| {
                c.fetch_add(n, Ordering::SeqCst);
            },
        );
        w.wait();
        assert_eq!(count.load(Ordering::SeqCst), 1);
    }
}
