use super::*;

#[test]
fn smoke() {
    assert_eq!(
        language("Toàn tỉnh có 1.059 hợp tác xã được thành lập"),
        Lang::Vi
    );
}
