//! Hip & Back Atlas: the Yew app (the imperative shell around atlas-core).
