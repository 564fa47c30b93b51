//! A reverse proxy in front of RT for the tests: it counts what the connector asks, and
//! on request lets a colleague act at the worst moment (between the connector's read and
//! its write) or swallows RT's answer after RT applied the request (a lost answer).
//! One request per connection, `Connection: close` both ways.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub type Hook = Box<dyn FnOnce() -> Pin<Box<dyn Future<Output = ()> + Send>> + Send>;

pub enum Fault {
    /// Run the hook, then pass the request on.
    Before(Hook),
    /// Pass the request on, let RT apply it, and close the connection without answering.
    DropAnswer,
}

/// One request the proxy passed on, and RT's status (`None`: RT could not be reached).
#[derive(Debug, Clone, PartialEq)]
pub struct Seen {
    pub method: String,
    pub path: String,
    pub status: Option<u16>,
}

struct Rule {
    method: String,
    path_prefix: String,
    fault: Fault,
}

#[derive(Default)]
struct State {
    upstream: u16,
    seen: Mutex<Vec<Seen>>,
    rules: Mutex<Vec<Rule>>,
}

pub struct Proxy {
    pub url: String,
    state: Arc<State>,
}

impl Proxy {
    pub async fn start(upstream: u16) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let state = Arc::new(State {
            upstream,
            ..State::default()
        });
        let shared = state.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                tokio::spawn(serve(shared.clone(), client));
            }
        });
        Proxy { url, state }
    }

    /// The next request whose method and path start so meets `fault` (once).
    pub fn on(&self, method: &str, path_prefix: &str, fault: Fault) {
        self.state.rules.lock().unwrap().push(Rule {
            method: method.into(),
            path_prefix: path_prefix.into(),
            fault,
        });
    }

    /// Everything passed on since the last call.
    pub fn take_seen(&self) -> Vec<Seen> {
        std::mem::take(&mut *self.state.seen.lock().unwrap())
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The head with any `Connection` header replaced by `Connection: close`.
fn closing(head: &str) -> String {
    let mut lines: Vec<&str> = head
        .split("\r\n")
        .filter(|l| !l.is_empty() && !l.to_ascii_lowercase().starts_with("connection:"))
        .collect();
    lines.push("Connection: close");
    format!("{}\r\n\r\n", lines.join("\r\n"))
}

/// A whole request: its head (without the blank line) and body.
pub async fn read_request(client: &mut TcpStream) -> Option<(String, Vec<u8>)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let end = loop {
        if let Some(i) = find(&buf, b"\r\n\r\n") {
            break i;
        }
        let n = client.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..end]).to_string();
    let length: usize = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse().ok())?
        })
        .unwrap_or(0);
    let mut body = buf[end + 4..].to_vec();
    while body.len() < length {
        let n = client.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some((head, body))
}

async fn serve(state: Arc<State>, mut client: TcpStream) {
    let Some((head, body)) = read_request(&mut client).await else {
        return;
    };
    let mut words = head.split_whitespace();
    let method = words.next().unwrap_or("").to_string();
    let path = words.next().unwrap_or("").to_string();
    let fault = {
        let mut rules = state.rules.lock().unwrap();
        let at = rules
            .iter()
            .position(|r| r.method == method && path.starts_with(&r.path_prefix));
        at.map(|i| rules.remove(i).fault)
    };
    let drop_answer = match fault {
        Some(Fault::Before(hook)) => {
            hook().await;
            false
        }
        Some(Fault::DropAnswer) => true,
        None => false,
    };
    let answer = async {
        let mut up = TcpStream::connect(("127.0.0.1", state.upstream))
            .await
            .ok()?;
        up.write_all(closing(&head).as_bytes()).await.ok()?;
        up.write_all(&body).await.ok()?;
        let mut resp = Vec::new();
        up.read_to_end(&mut resp).await.ok()?;
        Some(resp)
    }
    .await;
    let status = answer.as_ref().and_then(|r| {
        let line = String::from_utf8_lossy(&r[..r.len().min(64)]).to_string();
        line.split_whitespace().nth(1)?.parse().ok()
    });
    state.seen.lock().unwrap().push(Seen {
        method,
        path,
        status,
    });
    let Some(resp) = answer else {
        return;
    };
    if drop_answer {
        return;
    }
    let (head, rest) = match find(&resp, b"\r\n\r\n") {
        Some(i) => (
            String::from_utf8_lossy(&resp[..i]).to_string(),
            &resp[i + 4..],
        ),
        None => return,
    };
    let _ = client.write_all(closing(&head).as_bytes()).await;
    let _ = client.write_all(rest).await;
    let _ = client.shutdown().await;
}

/// A stand-in for RT that answers 200 with a fixed body per path prefix (first match;
/// `{}` otherwise): for answers RT should never give.
pub async fn canned(routes: Vec<(&'static str, &'static str)>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut client, _)) = listener.accept().await {
            let routes = routes.clone();
            tokio::spawn(async move {
                let Some((head, _)) = read_request(&mut client).await else {
                    return;
                };
                let path = head.split_whitespace().nth(1).unwrap_or("").to_string();
                let body = routes
                    .iter()
                    .find(|(prefix, _)| path.starts_with(prefix))
                    .map_or("{}", |(_, body)| body);
                let answer = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = client.write_all(answer.as_bytes()).await;
                let _ = client.shutdown().await;
            });
        }
    });
    url
}
