//! Taipan's front end: source bytes to tokens to an abstract syntax tree.

pub mod ast;
pub mod codeop;
pub mod dump;
pub mod error;
pub mod error_report;
pub mod keyword_typos;
pub mod literal_repr;
pub mod parser;
pub mod suggestions;
pub mod token;
pub mod tokenizer;
pub mod wtf8;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use parser::{
    parse_expression, parse_interactive, parse_module, parse_module_with_warnings, parse_tokens,
};
