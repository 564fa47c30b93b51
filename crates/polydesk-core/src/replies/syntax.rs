//! Reading Fluent ASTs: which messages a resource defines and which variables a message
//! uses. Shared by the library (picker variables) and the translation lint.

use std::collections::BTreeSet;
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Message, Pattern, PatternElement};

/// Ids of the messages a resource defines.
pub fn resource_messages(res: &FluentResource) -> Vec<&str> {
    res.entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name),
            _ => None,
        })
        .collect()
}

fn find_message<'r>(
    resources: &'r [Arc<FluentResource>],
    id: &str,
) -> Option<&'r Message<&'r str>> {
    // Later resources override earlier ones (team packs over built-ins).
    resources.iter().rev().find_map(|res| {
        res.entries().find_map(|e| match e {
            Entry::Message(m) if m.id.name == id => Some(m),
            _ => None,
        })
    })
}

/// Variables message `id` uses in its value, following message references within
/// `resources` (so a macro's `{ greeting }` contributes the greeting's variables).
pub fn message_variables(resources: &[Arc<FluentResource>], id: &str) -> BTreeSet<String> {
    let mut vars = BTreeSet::new();
    let mut seen = BTreeSet::new();
    collect_message(resources, id, &mut vars, &mut seen);
    vars
}

fn collect_message(
    resources: &[Arc<FluentResource>],
    id: &str,
    vars: &mut BTreeSet<String>,
    seen: &mut BTreeSet<String>,
) {
    if !seen.insert(id.to_string()) {
        return;
    }
    if let Some(value) = find_message(resources, id).and_then(|m| m.value.as_ref()) {
        let mut refs = Vec::new();
        pattern_refs(value, vars, &mut refs);
        for r in refs {
            collect_message(resources, &r, vars, seen);
        }
    }
}

/// Variables and message references in a pattern (not following the references).
pub fn pattern_refs(
    pattern: &Pattern<&str>,
    vars: &mut BTreeSet<String>,
    messages: &mut Vec<String>,
) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_refs(expression, vars, messages);
        }
    }
}

fn expression_refs(
    expr: &Expression<&str>,
    vars: &mut BTreeSet<String>,
    messages: &mut Vec<String>,
) {
    match expr {
        Expression::Inline(inline) => inline_refs(inline, vars, messages),
        Expression::Select { selector, variants } => {
            inline_refs(selector, vars, messages);
            for v in variants {
                pattern_refs(&v.value, vars, messages);
            }
        }
    }
}

fn inline_refs(
    expr: &InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    messages: &mut Vec<String>,
) {
    match expr {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::MessageReference {
            id,
            attribute: None,
        } => {
            messages.push(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_refs(a, vars, messages);
            }
            for n in &arguments.named {
                inline_refs(&n.value, vars, messages);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_refs(a, vars, messages);
            }
            for n in &arguments.named {
                inline_refs(&n.value, vars, messages);
            }
        }
        InlineExpression::Placeable { expression } => expression_refs(expression, vars, messages),
        _ => {}
    }
}
