use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let t = Instant::now();
    let model = graph_permissions_codegen::parse(&text).unwrap();
    let t1 = t.elapsed();
    let api = graph_permissions_codegen::api(&model);
    let modules = graph_permissions_codegen::emit(&api, &Default::default());
    let t2 = t.elapsed();
    let mut total = 0;
    let mut parse_t = std::time::Duration::ZERO;
    let mut pp_t = std::time::Duration::ZERO;
    for m in modules {
        let a = Instant::now();
        let f: syn::File = syn::parse2(m.tokens).unwrap();
        parse_t += a.elapsed();
        let b = Instant::now();
        total += prettyplease::unparse(&f).len();
        pp_t += b.elapsed();
    }
    println!(
        "parse+validate {t1:?}, emit {:?}, syn {parse_t:?}, prettyplease {pp_t:?}, bytes {total}",
        t2 - t1
    );
}
