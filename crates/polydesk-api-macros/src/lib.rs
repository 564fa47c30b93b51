//! `#[command]` turns one Rust function into a Polydesk command: the function stays as it
//! is, and a module of the same name is generated beside it holding `COMMAND`, the
//! command's name, its arguments and result as TypeScript, and the call that decodes a
//! JSON argument object and encodes the result. Every host (the Tauri shell, the test
//! host) dispatches through that one declaration, and the TypeScript client, the
//! permission list and the handler registration are generated from it.
//!
//! ```ignore
//! /// Messages oldest first. NOT_FOUND for an unknown id.
//! #[command]
//! pub async fn get_case(app: &App, id: String) -> ApiResult<CaseDetail> { ... }
//! ```
//!
//! The first parameter is the app (`&App`); the others are the command's arguments,
//! named in snake_case in Rust and camelCase on the TypeScript side (as Tauri names
//! them). An `Option<T>` argument may be left out. The result is any `Result<T, E>` whose
//! error turns into an `ApiError`.

use proc_macro::TokenStream;
use proc_macro2::Span;
use quote::{format_ident, quote};
use syn::{parse_macro_input, FnArg, Ident, ItemFn, LitStr, Pat, ReturnType, Type};

#[proc_macro_attribute]
pub fn command(attr: TokenStream, item: TokenStream) -> TokenStream {
    if !attr.is_empty() {
        return syn::Error::new(Span::call_site(), "#[command] takes no arguments")
            .to_compile_error()
            .into();
    }
    let function = parse_macro_input!(item as ItemFn);
    match expand(&function) {
        Ok(tokens) => tokens.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

struct Arg {
    ident: Ident,
    ty: Type,
    optional: bool,
}

fn expand(function: &ItemFn) -> syn::Result<proc_macro2::TokenStream> {
    let sig = &function.sig;
    let name = &sig.ident;
    let mut inputs = sig.inputs.iter();
    match inputs.next() {
        Some(FnArg::Typed(_)) => {}
        _ => {
            return Err(syn::Error::new_spanned(
                &sig.ident,
                "a command's first parameter is the app (`app: &App`)",
            ))
        }
    }
    let mut args = Vec::new();
    for input in inputs {
        let FnArg::Typed(typed) = input else {
            return Err(syn::Error::new_spanned(
                input,
                "commands are free functions",
            ));
        };
        let Pat::Ident(pat) = typed.pat.as_ref() else {
            return Err(syn::Error::new_spanned(
                &typed.pat,
                "a command's arguments are plain names",
            ));
        };
        args.push(Arg {
            ident: pat.ident.clone(),
            ty: (*typed.ty).clone(),
            optional: is_option(&typed.ty),
        });
    }
    let output = match &sig.output {
        ReturnType::Type(_, ty) => ty.as_ref().clone(),
        ReturnType::Default => {
            return Err(syn::Error::new_spanned(
                &sig.ident,
                "a command returns a Result (`ApiResult<T>`)",
            ))
        }
    };
    let docs = doc_text(&function.attrs);
    let docs = LitStr::new(&docs, Span::call_site());
    let name_str = LitStr::new(&name.to_string(), name.span());

    let fields = args.iter().map(|a| {
        let (ident, ty) = (&a.ident, &a.ty);
        let default = a.optional.then(|| quote!(#[serde(default)]));
        quote!(#default #ident: #ty)
    });
    let specs = args.iter().map(|a| {
        let ty = &a.ty;
        let camel = LitStr::new(&camel_case(&a.ident.to_string()), a.ident.span());
        let optional = a.optional;
        quote!(crate::contract::ArgSpec {
            name: #camel,
            ts_type: crate::contract::ts_type::<#ty>(types),
            optional: #optional,
        })
    });
    let arg_names: Vec<&Ident> = args.iter().map(|a| &a.ident).collect();
    let call = if sig.asyncness.is_some() {
        quote!(super::#name(&app #(, args.#arg_names)*).await)
    } else {
        quote!(super::#name(&app #(, args.#arg_names)*))
    };
    let args_struct = format_ident!("Args");

    Ok(quote! {
        #function

        #[doc(hidden)]
        #[allow(non_snake_case, clippy::all)]
        pub mod #name {
            #[allow(unused_imports)]
            use super::*;

            #[derive(::serde::Deserialize)]
            #[serde(rename_all = "camelCase", deny_unknown_fields)]
            struct #args_struct {
                #(#fields,)*
            }

            fn args(types: &mut crate::contract::TsTypes) -> ::std::vec::Vec<crate::contract::ArgSpec> {
                let _ = &types;
                ::std::vec![#(#specs),*]
            }

            fn output(types: &mut crate::contract::TsTypes) -> ::std::string::String {
                crate::contract::ts_type::<<#output as crate::contract::Outcome>::Value>(types)
            }

            fn call(
                app: ::std::sync::Arc<crate::App>,
                json: ::serde_json::Value,
            ) -> crate::contract::Reply {
                ::std::boxed::Box::pin(async move {
                    #[allow(unused_variables)]
                    let args: #args_struct = crate::contract::args_from(#name_str, json)?;
                    crate::contract::Outcome::into_reply(#call)
                })
            }

            /// This command's one declaration, for the hosts and the generated client.
            pub const COMMAND: crate::contract::Command = crate::contract::Command {
                name: #name_str,
                docs: #docs,
                args,
                output,
                call,
            };
        }
    })
}

fn is_option(ty: &Type) -> bool {
    match ty {
        Type::Path(p) => p.path.segments.last().is_some_and(|s| s.ident == "Option"),
        _ => false,
    }
}

fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The function's doc comment, one line per `///` line, without the leading space.
fn doc_text(attrs: &[syn::Attribute]) -> String {
    let mut lines = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("doc")) {
        if let syn::Meta::NameValue(nv) = &attr.meta {
            if let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &nv.value
            {
                let line = s.value();
                lines.push(line.strip_prefix(' ').unwrap_or(&line).to_string());
            }
        }
    }
    lines.join("\n").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::camel_case;

    #[test]
    fn argument_names_are_camel_case_on_the_typescript_side() {
        assert_eq!(camel_case("case_id"), "caseId");
        assert_eq!(camel_case("send_anyway"), "sendAnyway");
        assert_eq!(camel_case("view"), "view");
    }
}
