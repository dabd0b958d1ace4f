// semantics §1.12: a thrown plain object is printed with util.inspect; exit 1.
throw { code: 'E_OBJ', nested: { a: [1, 2] } };
