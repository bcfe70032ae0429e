//! On Windows, passerelle.exe carries its icon, version and manifest (packaging/windows/
//! passerelle.rc, compiled with mingw's windres or the MSVC resource compiler by embed-resource).
//! Elsewhere nothing is done.

fn main() {
    for input in ["passerelle.rc", "passerelle.ico", "passerelle.exe.manifest"] {
        println!("cargo:rerun-if-changed=packaging/windows/{input}");
    }
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let version = env!("CARGO_PKG_VERSION");
    // « 0.1.0 » → « 0,1,0,0 »: a Windows version is four numbers.
    let mut nums: Vec<&str> = version.split(['.', '-', '+']).take(3).collect();
    nums.resize(4, "0");
    let macros = [
        format!("VERSION={version}"),
        format!("VERSION_NUMS={}", nums.join(",")),
    ];
    if let Err(e) =
        embed_resource::compile("packaging/windows/passerelle.rc", &macros).manifest_required()
    {
        panic!("the Windows resources of passerelle.exe cannot be compiled: {e}");
    }
}
