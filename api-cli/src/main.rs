//! `atlas-api`: see the library's `main`.

fn main() -> std::process::ExitCode {
    atlas_api::main()
}
