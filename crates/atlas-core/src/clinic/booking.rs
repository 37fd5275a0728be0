//! How a client books a visit, from what the profile gives: the booking link when there is
//! one, else a call (a `tel:` link), else the address to visit. Every client page shows the
//! same action, so this choice is made once, here.

use super::Clinic;

/// The one way to book that a page offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Booking {
    /// The clinic's booking page (an `https:` or `tel:` link, as the build checks).
    Link {
        /// Where the link goes.
        href: String,
    },
    /// No booking page: a call.
    Call {
        /// The number as the clinic writes it, shown to the reader.
        phone: String,
        /// The `tel:` link for it.
        href: String,
    },
    /// Neither a booking page nor a phone: where the clinic is.
    InPerson {
        /// The address lines, as the clinic writes them.
        address: Vec<String>,
    },
}

impl Clinic {
    /// How to book: the booking link, else the phone, else the address; `None` when the
    /// profile gives none of them.
    pub fn booking(&self) -> Option<Booking> {
        if let Some(href) = &self.booking_url {
            return Some(Booking::Link { href: href.clone() });
        }
        if let Some(phone) = &self.phone {
            return Some(Booking::Call {
                phone: phone.clone(),
                href: tel_href(phone),
            });
        }
        (!self.address.is_empty()).then(|| Booking::InPerson {
            address: self.address.clone(),
        })
    }
}

/// A `tel:` link target: the digits (and a leading `+`) of a number written for people.
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .trim()
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect();
    format!("tel:{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clinic(booking_url: Option<&str>, phone: Option<&str>, address: &[&str]) -> Clinic {
        Clinic {
            name: "A clinic".into(),
            booking_url: booking_url.map(Into::into),
            phone: phone.map(Into::into),
            address: address.iter().map(|a| a.to_string()).collect(),
            ..Clinic::default()
        }
    }

    #[test]
    fn a_booking_link_comes_first_then_the_phone_then_the_address() {
        let all = clinic(
            Some("https://book.example.com/"),
            Some("(971) 336-6028"),
            &["Town"],
        );
        assert_eq!(
            all.booking(),
            Some(Booking::Link {
                href: "https://book.example.com/".into()
            })
        );
        let phone = clinic(None, Some("(971) 336-6028"), &["Town"]);
        assert_eq!(
            phone.booking(),
            Some(Booking::Call {
                phone: "(971) 336-6028".into(),
                href: "tel:9713366028".into()
            })
        );
        let address = clinic(None, None, &["Edmonton, Alberta"]);
        assert_eq!(
            address.booking(),
            Some(Booking::InPerson {
                address: vec!["Edmonton, Alberta".into()]
            })
        );
        assert_eq!(clinic(None, None, &[]).booking(), None);
    }

    #[test]
    fn a_tel_link_keeps_the_digits_and_a_leading_plus() {
        assert_eq!(tel_href("(971) 336-6028"), "tel:9713366028");
        assert_eq!(tel_href("+1 780 555 0100"), "tel:+17805550100");
        assert_eq!(tel_href(" +44 20 7946 0958"), "tel:+442079460958");
    }
}
