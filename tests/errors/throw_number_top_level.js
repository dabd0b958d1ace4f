// semantics §1.12: a non-Error value thrown from the main script prints the value; exit 1.
console.log('before');
throw 42;
